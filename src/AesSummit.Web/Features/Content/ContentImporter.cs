using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Media;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Features.Content;

/// <summary>
/// Brings the reviewed <c>content/</c> folder into the store, all or nothing. Running it twice changes nothing;
/// an item edited in the store since its import is never overwritten: it is reported as a conflict.
/// </summary>
public sealed class ContentImporter(
    SummitDbContext db,
    ContentReader reader,
    FileStore files,
    ImageIntake images,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<ContentImporter> logger)
{
    /// <summary>Name written as validator of the articles that come from the reviewed content folder.</summary>
    public const string ContentValidator = OfficialText.ImportValidator;

    /// <param name="path">The folder to import; by default the configured <c>Content:Path</c>, relative to the content root.</param>
    public async Task<ImportReport> ImportAsync(string? path = null, CancellationToken cancellationToken = default)
    {
        var root = path ?? Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        var content = reader.Read(root, options.Value.MaxFileBytes);
        var report = new ImportReport();
        var now = clock.GetUtcNow().UtcDateTime;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ImportSummitsAsync(content.Summits, report, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var summitIds = await db.Summits.ToDictionaryAsync(s => s.Slug, s => s.Id, StringComparer.Ordinal, cancellationToken);
        await ImportArticlesAsync(content.Articles, summitIds, now, report, cancellationToken);
        await ImportTextsAsync(content.Texts, summitIds, now, report, cancellationToken);
        await ImportPagesAsync(content.Pages, report, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation(
            "Content imported from {Path}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Conflicts} conflicts",
            root, report.Added.Count, report.Updated.Count, report.Unchanged, report.Conflicts.Count);
        foreach (var conflict in report.Conflicts)
        {
            logger.LogWarning("Import conflict: {Item} was changed in the store since its import; the store's version was kept", conflict);
        }

        return report;
    }

    private async Task ImportSummitsAsync(IReadOnlyList<SummitSource> sources, ImportReport report, CancellationToken cancellationToken)
    {
        var existing = await db.Summits
            .Include(s => s.Phases).ThenInclude(p => p.Sessions)
            .AsSplitQuery()
            .ToDictionaryAsync(s => s.Slug, StringComparer.Ordinal, cancellationToken);
        foreach (var source in sources)
        {
            var candidate = new Summit(source.Slug, source.Details);
            candidate.SyncProgramme(source.Phases);
            candidate.Translate(source.Translations ?? []);
            Reconcile(existing.GetValueOrDefault(source.Slug), candidate, source.File, report,
                add: () => db.Summits.Add(candidate),
                update: stored =>
                {
                    stored.Apply(source.Details);
                    stored.SyncProgramme(source.Phases);
                    stored.Translate(source.Translations ?? []);
                },
                markImported: (item, fingerprint) => item.MarkImported(fingerprint));
        }
    }

    private async Task ImportArticlesAsync(IReadOnlyList<ArticleSource> sources, Dictionary<string, int> summitIds, DateTime now, ImportReport report, CancellationToken cancellationToken)
    {
        var existing = await db.Articles.Include(a => a.Images).ToDictionaryAsync(a => (a.Slug, a.Language), cancellationToken);
        foreach (var source in sources)
        {
            var planned = source.Images.Select(i => i.Image).ToList();
            var content = new ArticleContent(
                source.Title, source.Summary, source.BodyMarkdown, source.BodyHtml, source.Pillars,
                SummitId(source.SummitSlug, summitIds, source.File, source.Line), source.IsSample);
            var validation = new ArticleValidation(ContentValidator, source.PublishedAtUtc, source.PublishedAtUtc);
            var candidate = Article.FromValidatedContent(source.Slug, content, validation, source.Language);
            candidate.PlanImportedImages(planned, now);
            Article? imported = null;
            Reconcile(existing.GetValueOrDefault((source.Slug, source.Language)), candidate, source.File, report,
                add: () => db.Articles.Add(imported = candidate),
                update: stored =>
                {
                    stored.ApplyImport(content, validation);
                    stored.PlanImportedImages(planned, now);
                    imported = stored;
                },
                markImported: (item, fingerprint) => item.MarkImported(fingerprint));
            if (imported is not null)
            {
                await ProcessImagesAsync(imported, source, cancellationToken);
            }
        }
    }

    /// <summary>Makes the files of an imported article's new images, as an upload's are made: checked, stripped, stored.</summary>
    private async Task ProcessImagesAsync(Article article, ArticleSource source, CancellationToken cancellationToken)
    {
        foreach (var image in article.Images.Where(i => !i.HasFiles))
        {
            var path = source.Images.Single(i => i.Image.Name == image.Name).Path;
            await using var content = File.OpenRead(path);
            var (processed, refusal) = await images.AcceptAsync(content, options.Value.MaxFileBytes, cancellationToken);
            image.SetFiles(processed ?? throw new ContentImportException(source.File, source.Line, $"the image '{image.Name}' was refused ({refusal})"));
        }
    }

    private async Task ImportTextsAsync(IReadOnlyList<TextSource> sources, Dictionary<string, int> summitIds, DateTime now, ImportReport report, CancellationToken cancellationToken)
    {
        var existing = await db.OfficialTexts.Include(t => t.Files)
            .ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, cancellationToken);
        var storedFiles = await db.StoredFiles.Select(f => f.Sha256).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        foreach (var source in sources)
        {
            var metadata = new OfficialTextMetadata(
                source.Reference, source.Title, source.Kind, source.AdoptingBody, source.AdoptedOn, source.Language,
                source.Summary, SummitId(source.SummitSlug, summitIds, source.File, source.Line), source.IsSample);
            var file = new UploadedFile(source.FileName, PdfFile.MediaType, source.Content.LongLength, source.Sha256);
            var publishedUtc = source.PublishedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var candidate = OfficialText.FromAdoptedContent(source.Slug, metadata, file, publishedUtc, now);
            candidate.Translate(source.Translations ?? [], source.Authentic ?? []);
            var changed = Reconcile(existing.GetValueOrDefault(source.Slug), candidate, $"{source.File} ({source.Slug})", report,
                add: () => db.OfficialTexts.Add(candidate),
                update: stored =>
                {
                    stored.ApplyImport(metadata, file, publishedUtc, now);
                    stored.Translate(source.Translations ?? [], source.Authentic ?? []);
                },
                markImported: (item, fingerprint) => item.MarkImported(fingerprint));
            if (changed)
            {
                // On disk before the row that names it is saved; the same bytes stored already are left as they are.
                await files.PutAsync(source.Content, cancellationToken);
                if (storedFiles.Add(source.Sha256))
                {
                    db.StoredFiles.Add(new StoredFile(source.Sha256));
                }
            }
        }
    }

    private async Task ImportPagesAsync(IReadOnlyList<PageSource> sources, ImportReport report, CancellationToken cancellationToken)
    {
        var existing = await db.ContentPages.ToDictionaryAsync(p => (p.Slug, p.Language), cancellationToken);
        foreach (var source in sources)
        {
            var candidate = new ContentPage(source.Slug, source.Text, source.Language);
            Reconcile(existing.GetValueOrDefault((source.Slug, source.Language)), candidate, source.File, report,
                add: () => db.ContentPages.Add(candidate),
                update: stored => stored.Apply(source.Text),
                markImported: (item, fingerprint) => item.MarkImported(fingerprint));
        }
    }

    /// <summary>The conflict rule, the same for every kind of item. Returns true when the store was changed.</summary>
    private static bool Reconcile<T>(T? stored, T candidate, string file, ImportReport report, Action add, Action<T> update, Action<T, string> markImported)
        where T : class, IImported
    {
        var incoming = candidate.ComputeFingerprint();
        if (stored is null)
        {
            markImported(candidate, incoming);
            add();
            report.Added.Add(file);
            return true;
        }

        var current = stored.ComputeFingerprint();
        if (incoming == current || incoming == stored.ImportFingerprint)
        {
            // Same as stored, or the file has not changed since its import (any local edit wins).
            if (incoming == current && stored.ImportFingerprint != incoming)
            {
                markImported(stored, incoming);
            }

            report.Unchanged++;
            return false;
        }

        if (current != stored.ImportFingerprint)
        {
            report.Conflicts.Add(file);
            return false;
        }

        update(stored);
        markImported(stored, stored.ComputeFingerprint());
        report.Updated.Add(file);
        return true;
    }

    private static int? SummitId(string? slug, Dictionary<string, int> summitIds, string file, int line) =>
        slug is null ? null
        : summitIds.TryGetValue(slug, out var id) ? id
        : throw new ContentImportException(file, line, $"no summit has the slug '{slug}'");
}
