using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Pages;

/// <summary>The press photo library: published images with caption, credit and date, their originals and a summit's ZIP.</summary>
public sealed class PressLibraryTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Library_ListsThePublishedImageWithCaptionCreditDateAndDownloads()
    {
        var page = await _factory.Client().GetDocumentAsync("/mediatheque");

        var card = Assert.Single(page.QuerySelectorAll(".press-photos li"));
        Assert.Contains("Illustration d'essai.", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("© Secrétariat Permanent / Essai", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("20 décembre 2025", card.TextContent, StringComparison.Ordinal);
        var links = card.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count);
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await _factory.Client().GetAsync(link)).StatusCode);
        }
    }

    [Fact]
    public async Task SummitZip_HoldsTheOriginalsWithCreditsAndChecksumsThatMatch()
    {
        using var response = await _factory.Client().GetAsync("/mediatheque/bamako-test.zip");
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);

        using var archive = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var names = archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["CREDITS.txt", "SHA256SUMS", "conseil-des-ministres-essai.jpg"], names);
        var sums = Read(archive, "SHA256SUMS");
        using (var image = archive.GetEntry("conseil-des-ministres-essai.jpg")!.Open())
        {
            Assert.Equal($"{Convert.ToHexStringLower(await SHA256.HashDataAsync(image))}  conseil-des-ministres-essai.jpg\n", sums);
        }

        Assert.Contains("© Secrétariat Permanent / Essai", Read(archive, "CREDITS.txt"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.Client().GetAsync("/mediatheque/niamey-test.zip")).StatusCode);
    }

    private static string Read(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
