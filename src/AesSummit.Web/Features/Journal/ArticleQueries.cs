using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Languages;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Features.Journal;

/// <summary>
/// Reads the Journal du Sommet as visitors may see it: published and due articles only, in the request's language (an article's
/// page falls back on its original, and says so).
/// </summary>
public sealed class ArticleQueries(SummitDbContext db, TimeProvider clock, PortalLanguages languages)
{
    private string Language => languages.Current;

    private IQueryable<Article> Visible => VisibleIn(Language);

    private IQueryable<Article> VisibleIn(string language) =>
        db.Articles.AsNoTracking().VisibleAt(clock.GetUtcNow().UtcDateTime).Where(a => a.Language == language);

    /// <summary>How many visible originals have no visible version in the request's language yet (none in the original's).</summary>
    public Task<int> UntranslatedCountAsync(CancellationToken cancellationToken = default)
    {
        var language = Language;
        if (language == ContentLanguage.Original)
        {
            return Task.FromResult(0);
        }

        var translated = VisibleIn(language);
        return VisibleIn(ContentLanguage.Original).CountAsync(a => !translated.Any(t => t.Slug == a.Slug), cancellationToken);
    }

    public async Task<ArticlePage> PageAsync(Pillar? pillar, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = Visible;
        if (pillar is { } p)
        {
            query = query.Where(a => (a.Pillars & p) == p);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        var current = Math.Clamp(page, 1, pageCount);

        // The page's ids first, from the covering index alone, walked from its nearer end; then those few rows.
        var slice = PageSlice.Of(total, current, pageSize);
        var ordered = slice.FromEnd
            ? query.OrderBy(a => a.PublishedAtUtc).ThenBy(a => a.Id)
            : query.OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id);
        var ids = await ordered.Skip(slice.Skip).Take(slice.Take).Select(a => a.Id).ToListAsync(cancellationToken);
        var items = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new ArticleSummary(a.Slug, a.Title, a.Summary, a.PublishedAtUtc!.Value, a.Pillars, a.IsSample))
            .ToListAsync(cancellationToken);
        return new ArticlePage(items, current, pageCount, total);
    }

    public Task<List<ArticleSummary>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        Visible
            .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new ArticleSummary(a.Slug, a.Title, a.Summary, a.PublishedAtUtc!.Value, a.Pillars, a.IsSample))
            .ToListAsync(cancellationToken);

    /// <summary>The newest visible articles with their whole body, for the feeds.</summary>
    public async Task<List<FeedArticle>> ForFeedAsync(Pillar? pillar, int count, CancellationToken cancellationToken = default)
    {
        var query = Visible;
        if (pillar is { } p)
        {
            query = query.Where(a => (a.Pillars & p) == p);
        }

        var rows = await query
            .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new
            {
                a.Id,
                Article = new FeedArticle(a.Slug, a.Title, a.Summary, a.BodyHtml, a.PublishedAtUtc!.Value, a.Pillars,
                    a.Revisions.Where(r => r.ChangeNote != null).Max(r => (DateTime?)r.SavedAtUtc), Array.Empty<ArticleImage>()),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var images = (await db.ArticleImages.AsNoTracking().Where(i => ids.Contains(i.ArticleId)).ToListAsync(cancellationToken)).ToLookup(i => i.ArticleId);
        return [.. rows.Select(r => r.Article with { Images = [.. images[r.Id]] })];
    }

    /// <summary>How many articles are visible in their original language: the sitemap's size.</summary>
    public Task<int> VisibleOriginalCountAsync(CancellationToken cancellationToken = default) =>
        db.Articles.AsNoTracking().VisibleAt(clock.GetUtcNow().UtcDateTime).CountAsync(a => a.Language == ContentLanguage.Original, cancellationToken);

    /// <summary>
    /// A slice of the visible articles' slugs and dates, newest first, each with the languages it can be read in: for the
    /// sitemap. Two bounded queries, whatever the journal's size.
    /// </summary>
    public async Task<List<(string Slug, DateTime PublishedAtUtc, IReadOnlyList<string> Languages)>> VisibleSlugsAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var visible = db.Articles.AsNoTracking().VisibleAt(clock.GetUtcNow().UtcDateTime);
        var originals = await visible.Where(a => a.Language == ContentLanguage.Original)
            .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new { a.Slug, a.PublishedAtUtc })
            .ToListAsync(cancellationToken);
        var slugs = originals.Select(o => o.Slug).ToList();
        var translatedInto = (await visible.Where(a => a.Language != ContentLanguage.Original && slugs.Contains(a.Slug))
            .Select(a => new { a.Slug, a.Language })
            .ToListAsync(cancellationToken)).ToLookup(v => v.Slug, v => v.Language, StringComparer.Ordinal);
        return [.. originals.Select(o => (o.Slug, o.PublishedAtUtc!.Value,
            (IReadOnlyList<string>)[.. languages.All.Where(l => l == ContentLanguage.Original || translatedInto[o.Slug].Contains(l))]))];
    }

    /// <summary>The validated corrections of an article, newest first: when, and what each changed.</summary>
    public Task<List<ArticleUpdate>> UpdatesAsync(int articleId, CancellationToken cancellationToken = default) =>
        db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId && r.ChangeNote != null)
            .OrderByDescending(r => r.SavedAtUtc)
            .Select(r => new ArticleUpdate(r.SavedAtUtc, r.ChangeNote!))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// A visible article, or a withdrawn one (its page shows the notice), in the request's language, or else its original;
    /// with the languages it can be read in.
    /// </summary>
    public async Task<ArticleVersions?> BySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var versions = await db.Articles.AsNoTracking().ReachableAt(clock.GetUtcNow().UtcDateTime)
            .Include(a => a.Summit)
            .Include(a => a.Images)
            .Where(a => a.Slug == slug)
            .ToListAsync(cancellationToken);
        var shown = versions.Find(a => a.Language == Language) ?? versions.Find(a => a.Language == ContentLanguage.Original);
        return shown is null ? null : new ArticleVersions(shown, [.. languages.All.Where(l => versions.Exists(a => a.Language == l))]);
    }
}

/// <summary>The version of an article a page shows, and every language the article can be read in.</summary>
public sealed record ArticleVersions(Article Shown, IReadOnlyList<string> Languages);

/// <summary>An article as a list shows it.</summary>
public sealed record ArticleSummary(string Slug, string Title, string Summary, DateTime PublishedAtUtc, Pillar Pillars, bool IsSample);

/// <summary>A validated correction of a published article, as the public reads it.</summary>
public sealed record ArticleUpdate(DateTime AtUtc, string Note);

/// <summary>An article as a feed carries it: whole.</summary>
public sealed record FeedArticle(string Slug, string Title, string Summary, string BodyHtml, DateTime PublishedAtUtc, Pillar Pillars, DateTime? UpdatedAtUtc,
    IReadOnlyList<ArticleImage> Images)
{
    public ArticleImage? LeadImage => Images.FirstOrDefault(i => i.IsLead);
}

/// <summary>One page of a list of articles.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleSummary> Items, int Page, int PageCount, int Total);
