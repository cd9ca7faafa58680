using System.IO.Compression;
using System.Xml.Linq;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Features.Texts;

/// <summary>A text imported from <c>content/</c> shows and serves its own dates, never the day of the import.</summary>
public sealed class TextDatesTests : IDisposable
{
    // Long after the import's content dates: what is shown must still be those dates.
    private readonly SummitAppFactory _factory = new(now: new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TextPage_DatesItsFirstVersionOnTheDayItWasPublished()
    {
        var page = await _factory.Client().GetDocumentAsync("/textes/traite-essai");

        var row = Assert.Single(page.QuerySelectorAll(".versions tbody tr"));
        Assert.Contains("8 juillet 2024", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_GivesTheTextsOwnDateAsLastModified()
    {
        var sitemap = XDocument.Parse(await _factory.Client().GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var url = sitemap.Root!.Elements(ns + "url").Single(u => u.Element(ns + "loc")!.Value == "http://localhost/textes/traite-essai");

        Assert.Equal("2024-07-08", url.Element(ns + "lastmod")!.Value);
    }

    [Fact]
    public async Task Archive_DatesEachEntryOnItsTextsOwnDay()
    {
        using var archive = new ZipArchive(new MemoryStream(await _factory.Client().GetByteArrayAsync("/sommets/niamey-test/textes.zip")));

        Assert.All(archive.Entries, e => Assert.Equal(new DateOnly(2024, 7, 8), DateOnly.FromDateTime(e.LastWriteTime.UtcDateTime)));
    }

    [Fact]
    public async Task StoreImportedBeforeThisRule_TakesBackTheTextsOwnDatesWhenMigrated()
    {
        // Originals only: a store older than languages holds no translation.
        using var folder = new TempFolder();
        using var factory = new SummitAppFactory(contentPath: folder.CopyTestOriginals(), now: new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        _ = factory.Client();
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        // What an older importer left: the day of the import on the first file and on the publication.
        await db.Database.ExecuteSqlRawAsync("UPDATE TextFileVersions SET AddedAtUtc = '2026-11-02 10:00:00'");
        await db.Database.ExecuteSqlRawAsync("UPDATE OfficialTexts SET PublishedAtUtc = '2026-11-02 10:00:00', ValidatedAtUtc = '2026-11-02 10:00:00'");
        var migrator = db.GetService<IMigrator>();

        await migrator.MigrateAsync("20261130151146_CoverJournalPages");
        await migrator.MigrateAsync();

        var traite = await db.OfficialTexts.AsNoTracking().Include(t => t.Files).SingleAsync(t => t.Slug == "traite-essai");
        Assert.Equal(new DateTime(2024, 7, 6), traite.CurrentFile!.AddedAtUtc);
        Assert.Equal(new DateTime(2024, 7, 6), traite.PublishedAtUtc);
    }
}
