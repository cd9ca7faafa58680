using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Pages.Gestion;

/// <summary>
/// The desk: what waits for me. For the Permanent Secretariat, what awaits validation (oldest first, with its age and author),
/// what is scheduled (with its time, and a way to take it back), what was sent back and not yet resubmitted; for a writer,
/// their own items by state.
/// </summary>
public sealed class IndexModel(SummitDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The states a writer's own items are listed by, in the order of the work.</summary>
    public static readonly PublicationStatus[] WriterStates =
        [PublicationStatus.SentBack, PublicationStatus.Draft, PublicationStatus.Submitted];

    public DateTime NowUtc { get; private set; }

    public IReadOnlyList<DeskItem> ToValidate { get; private set; } = [];

    public IReadOnlyList<DeskItem> Scheduled { get; private set; } = [];

    public IReadOnlyList<DeskItem> SentBack { get; private set; } = [];

    /// <summary>The writer's own items, including those validated for later.</summary>
    public IReadOnlyList<DeskItem> Mine { get; private set; } = [];

    public async Task OnGetAsync()
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        var me = Actor.From(User);
        var items = await ItemsAsync(me);
        if (me.IsIn(Roles.PermanentSecretariat))
        {
            ToValidate = [.. items.Where(i => i.Status == PublicationStatus.Submitted || i.HasPendingEdition).OrderBy(i => i.WaitingSinceUtc)];
            Scheduled = [.. items.Where(i => i.Status == PublicationStatus.Published && i.PublishedAtUtc > NowUtc).OrderBy(i => i.PublishedAtUtc)];
            SentBack = [.. items.Where(i => i.Status == PublicationStatus.SentBack).OrderBy(i => i.WaitingSinceUtc)];
        }

        if (me.IsIn(Roles.Writer))
        {
            Mine = [.. items.Where(i => i.HasMyOpenEdition || (i.AuthorId == me.UserId && (WriterStates.Contains(i.Status) || (i.Status == PublicationStatus.Published && i.PublishedAtUtc > NowUtc))))
                .OrderByDescending(i => i.WaitingSinceUtc)];
        }
    }

    /// <summary>The items still in the workflow (not yet public, or with a correction or new edition under way); the public ones are few enough to skip.</summary>
    private async Task<List<DeskItem>> ItemsAsync(Actor me)
    {
        var open = new[] { PublicationStatus.Draft, PublicationStatus.Submitted, PublicationStatus.SentBack };
        var now = NowUtc;
        var myId = me.UserId;
        var editions = db.ArticleEditions.Where(e => e.Status != EditionStatus.Validated);
        var articles = await db.Articles.AsNoTracking()
            .Where(a => open.Contains(a.Status) || (a.Status == PublicationStatus.Published && a.PublishedAtUtc > now)
                || editions.Any(e => e.ArticleId == a.Id && (e.Status == EditionStatus.Submitted || e.AuthorId == myId)))
            // Drafts are their author's business alone.
            .Where(a => a.Status != PublicationStatus.Draft || a.AuthorId == me.UserId)
            .Select(a => new DeskItem(a.Id, true, a.Title, a.Status, a.AuthorId, a.AuthorName, a.History.Max(h => h.AtUtc), a.PublishedAtUtc, a.Version,
                editions.Any(e => e.ArticleId == a.Id && e.Status == EditionStatus.Submitted), editions.Any(e => e.ArticleId == a.Id && e.AuthorId == myId)))
            .ToListAsync();
        var texts = await db.OfficialTexts.AsNoTracking()
            .Where(t => open.Contains(t.Status) || (t.Status == PublicationStatus.Published && t.PublishedAtUtc > now) || t.Files.Any(f => f.Number == 0))
            .Where(t => t.Status != PublicationStatus.Draft || t.AuthorId == me.UserId)
            .Select(t => new DeskItem(t.Id, false, t.Title, t.Status, t.AuthorId, t.AuthorName, t.History.Max(h => h.AtUtc), t.PublishedAtUtc, t.Version,
                t.Files.Any(f => f.Number == 0), t.Files.Any(f => f.Number == 0 && f.ProposedById == myId)))
            .ToListAsync();
        return [.. articles, .. texts];
    }

    /// <summary>An article or a text on the desk, with when it last moved (what it has been waiting since).</summary>
    public sealed record DeskItem(int Id, bool IsArticle, string Title, PublicationStatus Status, string? AuthorId, string? Author,
        DateTime WaitingSinceUtc, DateTime? PublishedAtUtc, Guid Version, bool HasPendingEdition, bool HasMyOpenEdition)
    {
        public string Url => IsArticle ? $"/gestion/articles/{Id}" : $"/gestion/textes/{Id}";
    }
}
