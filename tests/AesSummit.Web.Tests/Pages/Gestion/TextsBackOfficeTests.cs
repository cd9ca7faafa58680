using System.Net;
using System.Security.Cryptography;
using System.Text;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>Official texts through the back-office: PDF checked by content, validation, versioned replacement.</summary>
public sealed class TextsBackOfficeTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static byte[] Pdf(string name) => File.ReadAllBytes(Path.Combine(TempFolder.TestContentPath, "textes", name));

    private static Dictionary<string, string> Metadata(string title) => new()
    {
        ["Input.Reference"] = "AES/CCE/2025/D-09",
        ["Input.Title"] = title,
        ["Input.Kind"] = "declaration",
        ["Input.AdoptingBody"] = "Collège des Chefs d'État",
        ["Input.AdoptedOn"] = "2025-12-23",
        ["Input.Language"] = "fr",
        ["Input.Summary"] = "Une déclaration d'essai.",
    };

    private Task<int> IdOfAsync(string title) =>
        _factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Title == title).Select(t => t.Id).SingleAsync());

    [Fact]
    public async Task Upload_OfAFileNamedPdfThatIsNotOne_IsAFormErrorAndStoresNothing()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);

        var response = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", Metadata("Faux PDF"),
            ("Input.File", "declaration.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("n'est pas un PDF valide", (await response.ReadDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.InStoreAsync(db => db.OfficialTexts.CountAsync(t => t.Title == "Faux PDF")));
        Assert.Equal(2, await _factory.InStoreAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task UploadSubmitValidate_ThenReplaceTheFile_KeepsBothVersionsDownloadable()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var first = Pdf("protocole-essai.pdf");
        var second = Pdf("traite-essai.pdf");

        var created = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", Metadata("Déclaration de Bamako"), ("Input.File", "declaration.pdf", first));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = $"/gestion/textes/{await IdOfAsync("Déclaration de Bamako")}";
        await writer.SubmitAsync(page, "form[action*=Submit]");
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=Validate]")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=ProposeEdition]", TextForms.NewEdition, file: ("NewFile", "v2.pdf", second))).StatusCode);
        var visitor = _factory.Client();
        Assert.Equal(first, await visitor.GetByteArrayAsync("/textes/declaration-de-bamako/telecharger"));
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=ValidateFile]")).StatusCode);

        Assert.Equal(second, await visitor.GetByteArrayAsync("/textes/declaration-de-bamako/telecharger"));
        Assert.Equal(first, await visitor.GetByteArrayAsync("/textes/declaration-de-bamako/telecharger/1"));
        var details = await visitor.GetDocumentAsync("/textes/declaration-de-bamako");
        Assert.Equal(
            [Convert.ToHexStringLower(SHA256.HashData(second)), Convert.ToHexStringLower(SHA256.HashData(first))],
            details.Texts(".versions td code"));
        var history = await _factory.InStoreAsync(db => db.TextAuditEntries.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal([WorkflowAction.Created, WorkflowAction.Submitted, WorkflowAction.Validated, WorkflowAction.FileProposed, WorkflowAction.FileValidated], history[^5..]);
    }

    [Fact]
    public async Task NewEdition_CorrectingTheTitleWithoutAFile_IsShownAsADiffThenPublicWithItsNote()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = await TextForms.PublishAsync(_factory, writer, secretariat, Metadata("Déclaration de Bamakko"), Pdf("protocole-essai.pdf"));

        var proposed = await writer.SubmitAsync(page, "form[action*=ProposeEdition]", new Dictionary<string, string>
        {
            ["NewTitle"] = "Déclaration de Bamako",
            ["ChangeNote"] = "Titre corrigé.",
        });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);

        var visitor = _factory.Client();
        Assert.Equal("Déclaration de Bamakko", (await visitor.GetDocumentAsync("/textes/declaration-de-bamakko")).QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains((await secretariat.GetDocumentAsync("/gestion")).QuerySelectorAll("section[aria-labelledby=validate-title] .desk li > a"), a => a.TextContent.Trim() == "Déclaration de Bamakko");
        var review = await secretariat.GetDocumentAsync(page);
        Assert.Equal(["Bamakko"], review.Texts(".proposed-edition del"));
        Assert.Equal(["Bamako"], review.Texts(".proposed-edition ins"));
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=ValidateFile]")).StatusCode);

        var details = await visitor.GetDocumentAsync("/textes/declaration-de-bamakko");
        Assert.Equal("Déclaration de Bamako", details.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Titre corrigé.", details.Texts(".versions td"));
    }

    [Fact]
    public async Task NewEdition_WithoutANote_IsAFormErrorAndKeepsThePublishedText()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = await TextForms.PublishAsync(_factory, writer, secretariat, Metadata("Déclaration de Niamey"), Pdf("protocole-essai.pdf"));

        var response = await writer.SubmitAsync(page, "form[action*=ProposeEdition]", new Dictionary<string, string> { ["NewTitle"] = "Autre titre" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("note publique", (await response.ReadDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.InStoreAsync(db => db.TextFileVersions.CountAsync(f => f.Number == 0)));
    }
}
