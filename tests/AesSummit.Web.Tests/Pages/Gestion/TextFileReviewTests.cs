using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>The Secretariat opens the very file it validates, before the public can: staff only, never cached.</summary>
public sealed class TextFileReviewTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<string> SubmittedTextAsync(HttpClient writer, byte[] pdf)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync("/gestion/textes/nouveau", "main form", TextForms.Metadata("Déclaration à relire"), ("Input.File", "texte.pdf", pdf))).StatusCode);
        var page = $"/gestion/textes/{await _factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Title == "Déclaration à relire").Select(t => t.Id).SingleAsync())}";
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=Submit]")).StatusCode);
        return page;
    }

    [Fact]
    public async Task SubmittedText_ItsPdfOpensForTheSecretariatButNotForThePublic()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var pdf = Pdfs.Fresh("déclaration soumise");
        var page = await SubmittedTextAsync(writer, pdf);

        var link = (await secretariat.GetDocumentAsync(page)).QuerySelector($"a[href$='/fichiers/{Pdfs.Sha256(pdf)}']")!.GetAttribute("href")!;
        using var opened = await secretariat.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("application/pdf", opened.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await opened.Content.ReadAsByteArrayAsync());
        Assert.Contains("no-store", opened.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("inline", opened.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith("; sandbox", Assert.Single(opened.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.Client().GetAsync("/textes/declaration-a-relire/telecharger")).StatusCode);
        using var anonymous = await _factory.Client().GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/compte/connexion", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposedReplacement_OpensForTheSecretariatBeforeItIsValidated()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = await TextForms.PublishAsync(_factory, writer, secretariat, TextForms.Metadata("Déclaration publiée"), Pdfs.Fresh("version 1"));
        var replacement = Pdfs.Fresh("version 2 proposée");
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=ProposeEdition]", TextForms.NewEdition, file: ("NewFile", "v2.pdf", replacement))).StatusCode);

        var document = await secretariat.GetDocumentAsync(page);
        var link = document.QuerySelectorAll("a.button").Single(a => a.TextContent.Contains("fichier proposé", StringComparison.Ordinal)).GetAttribute("href")!;

        Assert.Equal(replacement, await secretariat.GetByteArrayAsync(link));
        Assert.Equal(Pdfs.Sha256(replacement), document.QuerySelector("form[action*=ValidateFile] input[name=FileSha256]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task FileOfAnotherText_IsNotFound()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var pdf = Pdfs.Fresh("déclaration soumise");
        var page = await SubmittedTextAsync(writer, pdf);
        var other = await _factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Slug == "protocole-essai").Select(t => t.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/gestion/textes/{other}/fichiers/{Pdfs.Sha256(pdf)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync($"{page}/fichiers/{Pdfs.Sha256(pdf)}")).StatusCode);
    }
}
