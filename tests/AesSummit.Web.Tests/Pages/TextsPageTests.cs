using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Pages;

public sealed class TextsPageTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static byte[] TestPdf(string name) =>
        File.ReadAllBytes(Path.Combine(TempFolder.TestContentPath, "textes", name));

    [Fact]
    public async Task Index_GroupsTextsByKindWithReferenceBodyDateSizeAndChecksum()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/textes");

        Assert.Equal(["Traités", "Protocoles additionnels"], page.Texts("main section h2"));
        var card = page.QuerySelectorAll(".text-card").Single(c => c.TextContent.Contains("AES/TEST/2025/01", StringComparison.Ordinal));
        Assert.Contains("Collège des Chefs d'État, 23 décembre 2025", card.TextContent);
        Assert.Contains("PDF, 638 o", card.TextContent);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(TestPdf("protocole-essai.pdf"))), card.QuerySelector(".checksum")!.TextContent);
    }

    [Fact]
    public async Task Details_ShowsTheTextAndItsVersions()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/textes/traite-essai");

        Assert.Equal("Traité d'essai", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Single(page.QuerySelectorAll(".versions tbody tr"));
        Assert.Contains("AES-TEST-2024-01.pdf", page.QuerySelector(".checksum-line")!.TextContent);
    }

    [Fact]
    public async Task Details_NamesItsLanguageAndItsKindInTheSingular()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/textes/protocole-essai");

        var facts = page.QuerySelectorAll("dl.facts dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());
        Assert.Equal("Français", facts["Langue"]);
        Assert.EndsWith("Protocole additionnel", page.QuerySelector(".eyebrow")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_SendsTheExactFileNamedAfterItsReference()
    {
        var response = await _factory.CreateClient().GetAsync("/textes/protocole-essai/telecharger");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("AES-TEST-2025-01.pdf", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(TestPdf("protocole-essai.pdf"), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(638, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Download_ResumesFromARange()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/textes/protocole-essai/telecharger");
        request.Headers.Range = new RangeHeaderValue(600, null);

        var response = await _factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(TestPdf("protocole-essai.pdf")[600..], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Download_WithTheSameETag_Is304()
    {
        var client = _factory.CreateClient();
        var first = await client.GetAsync("/textes/protocole-essai/telecharger");
        var request = new HttpRequestMessage(HttpMethod.Get, "/textes/protocole-essai/telecharger");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await client.SendAsync(request);

        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(TestPdf("protocole-essai.pdf")))}\"", first.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/textes/inconnu")]
    [InlineData("/textes/inconnu/telecharger")]
    [InlineData("/textes/protocole-essai/telecharger/7")]
    public async Task Unknown_Is404(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
