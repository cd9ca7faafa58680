using System.Net;
using System.Security.Cryptography;
using System.Text;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages;

/// <summary>/textes/verifier: a checksum or a file in, "official text, which one, which version" or "not official" out.</summary>
public sealed class TextVerificationTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static byte[] Pdf(string name) => File.ReadAllBytes(Path.Combine(TempFolder.TestContentPath, "textes", name));

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static async Task<string> VerdictAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var verdict = (await response.ReadDocumentAsync()).QuerySelector("[role=status]");
        Assert.NotNull(verdict);
        return verdict.TextContent;
    }

    [Fact]
    public async Task Checksum_OfAnOfficialText_NamesTheTextAndItsVersion()
    {
        var verdict = await VerdictAsync(await _factory.Client().GetAsync($"/textes/verifier?sha256={Sha256(Pdf("protocole-essai.pdf"))}"));

        Assert.Contains("Texte officiel", verdict, StringComparison.Ordinal);
        Assert.Contains("Version 1", verdict, StringComparison.Ordinal);
        Assert.Contains("version en vigueur", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checksum_InCapitalsAndFollowedByAFileName_IsUnderstood()
    {
        var line = $"{Sha256(Pdf("protocole-essai.pdf")).ToUpperInvariant()}  protocole.pdf";

        var verdict = await VerdictAsync(await _factory.Client().GetAsync($"/textes/verifier?sha256={Uri.EscapeDataString(line)}"));

        Assert.Contains("Texte officiel", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checksum_OfAnyOtherFile_IsNotOfficial()
    {
        var verdict = await VerdictAsync(await _factory.Client().GetAsync($"/textes/verifier?sha256={Sha256("autre chose"u8.ToArray())}"));

        Assert.Contains("Aucun texte officiel ne correspond", verdict, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public async Task Checksum_ThatIsNotOne_IsA400WithAFormError(string input)
    {
        var response = await _factory.Client().GetAsync($"/textes/verifier?sha256={Uri.EscapeDataString(input)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Contains("64 caractères hexadécimaux", document.Alert()!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task UploadedFile_OfAnOfficialText_IsRecognised()
    {
        var response = await _factory.Client().SubmitAsync("/textes/verifier", "form[method=post]", file: ("file", "copie.pdf", Pdf("traite-essai.pdf")));

        Assert.Contains("Texte officiel", await VerdictAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadedFile_AlteredByOneByte_IsNotOfficial()
    {
        var altered = Pdf("traite-essai.pdf");
        altered[^10] ^= 1;

        var response = await _factory.Client().SubmitAsync("/textes/verifier", "form[method=post]", file: ("file", "copie.pdf", altered));

        Assert.Contains("Aucun texte officiel ne correspond", await VerdictAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithoutAFile_IsA400()
    {
        var response = await _factory.Client().SubmitAsync("/textes/verifier", "form[method=post]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task FileOfADraftText_IsNotOfficial()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var draft = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        var created = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", new Dictionary<string, string>
        {
            ["Input.Reference"] = "AES/CCE/2025/D-10",
            ["Input.Title"] = "Brouillon",
            ["Input.Kind"] = "declaration",
            ["Input.AdoptingBody"] = "Collège des Chefs d'État",
            ["Input.AdoptedOn"] = "2025-12-23",
            ["Input.Language"] = "fr",
            ["Input.Summary"] = "Un brouillon.",
        }, ("Input.File", "brouillon.pdf", draft));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(1, await _factory.InStoreAsync(db => db.OfficialTexts.CountAsync(t => t.Title == "Brouillon")));

        var verdict = await VerdictAsync(await _factory.Client().GetAsync($"/textes/verifier?sha256={Sha256(draft)}"));

        Assert.Contains("Aucun texte officiel ne correspond", verdict, StringComparison.Ordinal);
    }
}
