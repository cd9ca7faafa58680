using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>The Permanent Secretariat validates exactly the file it was shown: a file changed since the page was shown is never published.</summary>
public sealed class TextFileValidationTests : IAsyncLifetime
{
    private readonly SummitAppFactory _factory = new();
    private HttpClient _writer = null!;
    private HttpClient _secretariat = null!;
    private string _page = null!;

    private static readonly byte[] Original = Pdfs.FromTestContent("protocole-essai.pdf");
    private static readonly byte[] FileX = Pdfs.Fresh("fichier X");
    private static readonly byte[] FileY = Pdfs.Fresh("fichier Y");

    public async Task InitializeAsync()
    {
        _writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        _secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        _page = await TextForms.PublishAsync(_factory, _writer, _secretariat, TextForms.Metadata("Protocole disputé", "AES/CCE/2025/P-07", "protocole-additionnel"), Original);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private Task<HttpResponseMessage> ProposeAsync(byte[] file) =>
        _writer.SubmitAsync(_page, "form[action*=ProposeEdition]", TextForms.NewEdition, file: ("NewFile", "nouveau.pdf", file));

    private Task<byte[]> PublicFileAsync() => _factory.Client().GetByteArrayAsync("/textes/protocole-dispute/telecharger");

    private Task<List<WorkflowAction>> TrailAsync() =>
        _factory.InStoreAsync(db => db.TextAuditEntries.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    private Task<string?> PendingShaAsync() =>
        _factory.InStoreAsync(db => db.TextFileVersions.Where(f => f.Number == 0).Select(f => f.Sha256).SingleOrDefaultAsync());

    private static async Task AssertConflictAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("rien n'a été enregistré", (await response.ReadDocumentAsync()).Alert()!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFile_PostedFromAPageThatShowedAnotherFile_Is409AndPublishesNothing()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await ProposeAsync(FileX)).StatusCode);
        var shownX = await _secretariat.FormAsync(_page, "form[action*=ValidateFile]");
        Assert.Equal(Pdfs.Sha256(FileX), shownX.QuerySelector("input[name=FileSha256]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await ProposeAsync(FileY)).StatusCode);

        await AssertConflictAsync(await _secretariat.PostFormAsync(shownX, _page));

        Assert.Equal(Original, await PublicFileAsync());
        Assert.Equal(Pdfs.Sha256(FileY), await PendingShaAsync());
        Assert.DoesNotContain(WorkflowAction.FileValidated, await TrailAsync());
    }

    [Fact]
    public async Task ValidateFile_WithTheCurrentVersionButAnotherFileNamed_Is409()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await ProposeAsync(FileX)).StatusCode);

        var response = await _secretariat.SubmitAsync(_page, "form[action*=ValidateFile]", new Dictionary<string, string> { ["FileSha256"] = Pdfs.Sha256(FileY) });

        await AssertConflictAsync(response);
        Assert.Equal(Original, await PublicFileAsync());
    }

    [Fact]
    public async Task ValidateFile_PostedFromAPageShownBeforeAnyProposal_Is409()
    {
        // Before any proposal the page offers no file validation: a handcrafted post reuses the withdrawal form's token and version.
        var before = await _secretariat.FormAsync(_page, "form[action*=Withdraw]");
        Assert.Equal(HttpStatusCode.Redirect, (await ProposeAsync(FileX)).StatusCode);

        var response = await _secretariat.PostAsync($"{_page}?handler=ValidateFile", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = before.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Version"] = before.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["FileSha256"] = Pdfs.Sha256(FileX),
        }));

        await AssertConflictAsync(response);
        Assert.Equal(Original, await PublicFileAsync());
        Assert.Equal(Pdfs.Sha256(FileX), await PendingShaAsync());
    }

    [Fact]
    public async Task DeclineFile_PostedFromAPageThatShowedAnotherFile_Is409AndKeepsTheNewProposal()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await ProposeAsync(FileX)).StatusCode);
        var shownX = await _secretariat.FormAsync(_page, "form[action*=DeclineFile]");
        Assert.Equal(HttpStatusCode.Redirect, (await ProposeAsync(FileY)).StatusCode);

        await AssertConflictAsync(await _secretariat.PostFormAsync(shownX, _page, new Dictionary<string, string> { ["Reason"] = "Pas le bon fichier." }));

        Assert.Equal(Pdfs.Sha256(FileY), await PendingShaAsync());
        Assert.DoesNotContain(WorkflowAction.FileDeclined, await TrailAsync());
    }

    [Fact]
    public async Task ProposeFile_FromAPageShownBeforeTheLastProposal_Is409AndKeepsWhatWasSeen()
    {
        var stale = await _writer.FormAsync(_page, "form[action*=ProposeEdition]");
        Assert.Equal(HttpStatusCode.Redirect, (await ProposeAsync(FileX)).StatusCode);

        await AssertConflictAsync(await _writer.PostFormAsync(stale, _page, TextForms.NewEdition, file: ("NewFile", "autre.pdf", FileY)));

        Assert.Equal(Pdfs.Sha256(FileX), await PendingShaAsync());
    }

    [Fact]
    public async Task EveryFileMove_ChangesTheTextsVersion()
    {
        var versions = new List<Guid> { await VersionAsync() };
        await ProposeAsync(FileX);
        versions.Add(await VersionAsync());
        await _secretariat.SubmitAsync(_page, "form[action*=DeclineFile]", new Dictionary<string, string> { ["Reason"] = "Non." });
        versions.Add(await VersionAsync());
        await ProposeAsync(FileY);
        versions.Add(await VersionAsync());
        await _secretariat.SubmitAsync(_page, "form[action*=ValidateFile]");
        versions.Add(await VersionAsync());

        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.Equal(FileY, await PublicFileAsync());
    }

    private Task<Guid> VersionAsync() =>
        _factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Title == "Protocole disputé").Select(t => t.Version).SingleAsync());
}
