using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Features.Texts;

/// <summary>Reads the official texts visitors may see, and their files.</summary>
public sealed class TextQueries(SummitDbContext db, TimeProvider clock)
{
    private IQueryable<OfficialText> Visible =>
        db.OfficialTexts.AsNoTracking().VisibleAt(clock.GetUtcNow().UtcDateTime);

    /// <summary>One page of the visible texts, by kind, then newest first: the list stays as light in ten years as today.</summary>
    public async Task<TextPage> PageAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var total = await Visible.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        var current = Math.Clamp(page, 1, pageCount);
        var slice = PageSlice.Of(total, current, pageSize);
        var ordered = slice.FromEnd
            ? Visible.OrderByDescending(t => t.Kind).ThenBy(t => t.AdoptedOn).ThenByDescending(t => t.Title).ThenByDescending(t => t.Id)
            : Visible.OrderBy(t => t.Kind).ThenByDescending(t => t.AdoptedOn).ThenBy(t => t.Title).ThenBy(t => t.Id);
        var items = await ordered.Skip(slice.Skip).Take(slice.Take).Include(t => t.Files)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (slice.FromEnd)
        {
            items.Reverse();
        }

        return new TextPage(items, current, pageCount, total);
    }

    /// <summary>How many texts are visible: the sitemap's size.</summary>
    public Task<int> VisibleCountAsync(CancellationToken cancellationToken = default) => Visible.CountAsync(cancellationToken);

    /// <summary>A slice of the visible texts' slugs, oldest first, with the time each current file was validated: for the sitemap.</summary>
    public Task<List<(string Slug, DateTime? ModifiedUtc)>> VisibleSlugsAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        Visible.OrderBy(t => t.Id).Skip(skip).Take(take)
            .Select(t => new { t.Slug, Modified = t.Files.Where(f => f.Number > 0).Max(f => (DateTime?)f.AddedAtUtc) })
            .AsAsyncEnumerable()
            .Select(t => (t.Slug, t.Modified))
            .ToListAsync(cancellationToken)
            .AsTask();

    /// <summary>The visible texts adopted at one summit, newest first.</summary>
    public Task<List<OfficialText>> ForSummitAsync(string summitSlug, CancellationToken cancellationToken = default) =>
        Visible.Include(t => t.Files)
            .Where(t => t.Summit != null && t.Summit.Slug == summitSlug)
            .OrderByDescending(t => t.AdoptedOn).ThenBy(t => t.Kind).ThenBy(t => t.Title)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    public Task<List<OfficialText>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        Visible
            .OrderByDescending(t => t.AdoptedOn).ThenBy(t => t.Title)
            .Take(count)
            .ToListAsync(cancellationToken);

    /// <summary>A visible text, or a withdrawn one (its page shows the notice, its files are no longer offered).</summary>
    public Task<OfficialText?> BySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.OfficialTexts.AsNoTracking().ReachableAt(clock.GetUtcNow().UtcDateTime)
            .Include(t => t.Files).Include(t => t.Summit)
            .AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);

    /// <summary>The official text one of whose validated versions has these bytes, or null: drafts and pending files are never official.</summary>
    public async Task<TextMatch?> MatchAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var text = await db.OfficialTexts.AsNoTracking().ReachableAt(clock.GetUtcNow().UtcDateTime)
            .Include(t => t.Files)
            .Where(t => t.Files.Any(f => f.Sha256 == sha256 && f.Number > 0))
            .OrderBy(t => t.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var file = text?.PublishedFiles.First(f => f.Sha256 == sha256);
        return text is null || file is null ? null : new TextMatch(text, file);
    }
}

/// <summary>One page of the list of official texts.</summary>
public sealed record TextPage(IReadOnlyList<OfficialText> Items, int Page, int PageCount, int Total);

/// <summary>An official text and the version of it that a checksum names.</summary>
public sealed record TextMatch(OfficialText Text, TextFileVersion Version)
{
    public bool IsCurrent => Version.Number == Text.CurrentFile?.Number;

    public bool IsWithdrawn => Text.Status == PublicationStatus.Withdrawn;
}
