using System.Text;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Features.Content;

public sealed class ContentImporterTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _content;
    private readonly SummitAppFactory _factory;

    public ContentImporterTests()
    {
        _content = _folder.CopyTestContent();
        _factory = new SummitAppFactory(_content, importOnStartup: false);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    private async Task<ImportReport> ImportAsync()
    {
        await using var scope = _factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync();
    }

    private Task<string> SnapshotAsync() => _factory.InStoreAsync(StoreSnapshot.TakeAsync);

    private string ContentFile(string relative) => Path.Combine(_content, relative);

    private void Edit(string relative, string from, string to)
    {
        var text = File.ReadAllText(ContentFile(relative));
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(ContentFile(relative), text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>The import is refused, and the store is as it was: its items, and every byte of every row.</summary>
    private async Task<ContentImportException> ImportFailsAsync()
    {
        var before = await SnapshotAsync();
        var rowsBefore = StoreSnapshot.Rows(_factory.Store);
        var error = await Assert.ThrowsAsync<ContentImportException>(ImportAsync);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(rowsBefore, StoreSnapshot.Rows(_factory.Store));
        return error;
    }

    [Fact]
    public async Task Import_IntoAnEmptyStore_AddsEverything()
    {
        var report = await ImportAsync();

        Assert.Equal(2 + 3 + 1 + 2 + 1, report.Added.Count);
        Assert.Equal(5, await _factory.InStoreAsync(db => db.Sessions.CountAsync()));
        Assert.Equal(2, await _factory.InStoreAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task Import_RunTwice_ChangesNothingTheSecondTime()
    {
        await ImportAsync();
        var before = await SnapshotAsync();

        var second = await ImportAsync();

        Assert.False(second.ChangedAnything);
        Assert.Empty(second.Conflicts);
        Assert.Equal(9, second.Unchanged);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Import_OfAChangedFile_UpdatesTheItemAndKeepsSessionIdentities()
    {
        await ImportAsync();
        var sessionId = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Slug == "conseil-pleniere").Select(s => s.Id).SingleAsync());
        Edit("summits/bamako-test.yaml", "start: 2025-12-20T10:00", "start: 2025-12-20T09:00");

        var report = await ImportAsync();

        Assert.Equal(["summits/bamako-test.yaml"], report.Updated);
        var session = await _factory.InStoreAsync(db => db.Sessions.SingleAsync(s => s.Slug == "conseil-pleniere"));
        Assert.Equal(sessionId, session.Id);
        Assert.Equal(new DateTime(2025, 12, 20, 9, 0, 0, DateTimeKind.Utc), session.StartUtc);
    }

    [Fact]
    public async Task Import_OfANewPdf_AddsAFileVersionAndKeepsTheOldOne()
    {
        await ImportAsync();
        await File.AppendAllTextAsync(ContentFile("textes/traite-essai.pdf"), "% revised\n%%EOF\n");

        var report = await ImportAsync();

        Assert.Single(report.Updated);
        var versions = await _factory.InStoreAsync(db => db.TextFileVersions.OrderBy(f => f.Id).Select(f => f.Number).ToListAsync());
        Assert.Equal([1, 1, 2], versions);
        Assert.Equal(3, await _factory.InStoreAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task Import_WhenTheStoreWasEditedAndTheFileChanged_ReportsAConflictAndKeepsTheEdit()
    {
        await ImportAsync();
        await _factory.InStoreAsync(db => db.Articles.Where(a => a.Slug == "ouverture-experts").ExecuteUpdateAsync(u => u.SetProperty(a => a.Title, "Titre corrigé en ligne")));
        Edit("journal/2025-12-15-ouverture-experts.md", "title: Ouverture de la réunion des experts", "title: Nouveau titre dans le dépôt");

        var report = await ImportAsync();

        Assert.Equal(["journal/2025-12-15-ouverture-experts.md"], report.Conflicts);
        Assert.Equal("Titre corrigé en ligne", await _factory.InStoreAsync(db => db.Articles.Where(a => a.Slug == "ouverture-experts").Select(a => a.Title).SingleAsync()));
    }

    [Fact]
    public async Task Import_WhenTheStoreWasEditedButTheFileDidNotChange_KeepsTheEditWithoutConflict()
    {
        await ImportAsync();
        await _factory.InStoreAsync(db => db.Articles.Where(a => a.Slug == "ouverture-experts").ExecuteUpdateAsync(u => u.SetProperty(a => a.Title, "Titre corrigé en ligne")));

        var report = await ImportAsync();

        Assert.Empty(report.Conflicts);
        Assert.False(report.ChangedAnything);
        Assert.Equal("Titre corrigé en ligne", await _factory.InStoreAsync(db => db.Articles.Where(a => a.Slug == "ouverture-experts").Select(a => a.Title).SingleAsync()));
    }

    [Fact]
    public async Task Import_WithBrokenFrontMatter_NamesTheFileAndLineAndChangesNothing()
    {
        await ImportAsync();
        Edit("journal/2025-12-20-conseil-des-ministres.md", "summary: Première", "summary: [Première");

        var error = await ImportFailsAsync();

        Assert.Equal("journal/2025-12-20-conseil-des-ministres.md", error.File);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public async Task Import_WithAnUnclosedFrontMatter_IsRefused()
    {
        await ImportAsync();
        File.WriteAllText(ContentFile("journal/2025-12-21-sans-fin.md"), "---\ntitle: Sans fin\n\nCorps.\n");

        var error = await ImportFailsAsync();

        Assert.Equal("journal/2025-12-21-sans-fin.md", error.File);
        Assert.Contains("not closed", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithAnUnknownPillar_NamesIt()
    {
        await ImportAsync();
        Edit("journal/2025-12-20-conseil-des-ministres.md", "pillars: [developpement]", "pillars: [agriculture]");

        var error = await ImportFailsAsync();

        Assert.Equal("journal/2025-12-20-conseil-des-ministres.md", error.File);
        Assert.Contains("unknown pillars 'agriculture'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithAnUnknownKey_NamesTheLine()
    {
        await ImportAsync();
        Edit("journal/2025-12-20-conseil-des-ministres.md", "pillars: [developpement]", "pillars: [developpement]\nauteur: Quelqu'un");

        var error = await ImportFailsAsync();

        Assert.Equal(7, error.Line);
    }

    [Fact]
    public async Task Import_WithAMissingPdf_NamesTheTextsEntry()
    {
        await ImportAsync();
        File.Delete(ContentFile("textes/traite-essai.pdf"));

        var error = await ImportFailsAsync();

        Assert.Equal("textes/textes.yaml", error.File);
        Assert.Equal(18, error.Line);
        Assert.Contains("traite-essai.pdf", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OfAFileNamedPdfThatIsNotOne_IsRefused()
    {
        await ImportAsync();
        File.WriteAllText(ContentFile("textes/traite-essai.pdf"), "<html>pas un PDF</html>");

        var error = await ImportFailsAsync();

        Assert.Equal("textes/textes.yaml", error.File);
        Assert.Equal(18, error.Line);
        Assert.Contains("'traite-essai.pdf' is not a PDF", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithASessionEndingBeforeItStarts_NamesTheSessionLine()
    {
        await ImportAsync();
        Edit("summits/bamako-test.yaml", "end: 2025-12-20T13:00", "end: 2025-12-20T08:00");

        var error = await ImportFailsAsync();

        Assert.Equal("summits/bamako-test.yaml", error.File);
        Assert.Equal(44, error.Line);
        Assert.Contains("'conseil-pleniere' ends before it starts", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithAWrongType_NamesTheLine()
    {
        await ImportAsync();
        Edit("summits/bamako-test.yaml", "featured: true", "featured: peut-être");

        var error = await ImportFailsAsync();

        Assert.Equal(8, error.Line);
    }

    [Fact]
    public async Task Import_OfAFileThatIsNotUtf8_IsRefused()
    {
        await ImportAsync();
        File.WriteAllBytes(ContentFile("journal/2025-12-22-latin1.md"), Encoding.Latin1.GetBytes("---\ntitle: Défense\n---\nCorps.\n"));

        var error = await ImportFailsAsync();

        Assert.Equal("journal/2025-12-22-latin1.md", error.File);
        Assert.Contains("UTF-8", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithADuplicateSlug_IsRefused()
    {
        await ImportAsync();
        File.Copy(ContentFile("journal/2025-12-15-ouverture-experts.md"), ContentFile("journal/2025-12-16-ouverture-experts.md"));

        var error = await ImportFailsAsync();

        Assert.StartsWith("journal/2025-12-1", error.File, StringComparison.Ordinal);
        Assert.Contains("already has the slug 'ouverture-experts'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NamingAnUnknownSummit_RollsBackEverything()
    {
        Edit("journal/2025-12-15-ouverture-experts.md", "summit: bamako-test", "summit: tombouctou-2030");

        var error = await ImportFailsAsync();

        Assert.Contains("no summit has the slug 'tombouctou-2030'", error.Problem, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.InStoreAsync(db => db.Summits.CountAsync()));
    }

    [Fact]
    public async Task Import_OfATruncatedYamlFile_IsRefused()
    {
        await ImportAsync();
        var path = ContentFile("summits/niamey-test.yaml");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..(text.Length / 2)] + "\n  - slug: [");

        var error = await ImportFailsAsync();

        Assert.Equal("summits/niamey-test.yaml", error.File);
        Assert.NotNull(error.Line);
    }
}
