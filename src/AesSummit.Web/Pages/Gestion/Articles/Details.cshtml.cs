using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Notifications;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion.Articles;

/// <summary>An article in the back-office: its text, its audit trail, and the moves the current user may make.</summary>
public sealed class DetailsModel(SummitDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, WorkflowNotifications notifications, ILogger<DetailsModel> logger)
    : WorkflowPageModel<Article>(db, clock, localizer, notifications, logger)
{
    public Article Article { get; private set; } = null!;

    public IReadOnlyList<ArticleAuditEntry> History { get; private set; } = [];

    /// <summary>Every saved version of the words, oldest first.</summary>
    public IReadOnlyList<RevisionLine> Revisions { get; private set; } = [];

    /// <summary>
    /// What changed since the Secretariat last read the article (the version it sent back), word by word; null when it
    /// has not come back after a send-back.
    /// </summary>
    public ArticleChanges? SinceSentBack { get; private set; }

    protected override Task<Article?> FindForChangeAsync(int id) =>
        Db.Articles.FirstOrDefaultAsync(a => a.Id == id);

    protected override string Describe(Article item) => $"Article {item.Slug}";

    protected override string TitleOf(Article item) => item.Title;

    protected override async Task<IReadOnlyList<object>> TrailAsync(Article item) =>
        [.. await Db.ArticleAuditEntries.Where(e => e.ArticleId == item.Id).ToListAsync(), .. await Db.ArticleRevisions.Where(r => r.ArticleId == item.Id).ToListAsync()];

    protected override async Task<bool> LoadAsync(int id)
    {
        var article = await Db.Articles.AsNoTracking().Include(a => a.Summit).FirstOrDefaultAsync(a => a.Id == id);
        if (article is null)
        {
            return false;
        }

        Article = article;
        History = await Db.ArticleAuditEntries.AsNoTracking().Where(e => e.ArticleId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync();
        Revisions = await Db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.SavedAtUtc).ThenBy(r => r.Id)
            .Select(r => new RevisionLine(r.Id, r.SavedAtUtc, r.ByName))
            .ToListAsync();
        SinceSentBack = null;
        if (article.Status == PublicationStatus.Submitted && History.LastOrDefault(e => e.Action == WorkflowAction.SentBack) is { } sentBack)
        {
            // The version the Secretariat read when it sent the article back: the last one saved before that moment.
            var seen = await Db.ArticleRevisions.AsNoTracking()
                .Where(r => r.ArticleId == id && r.SavedAtUtc <= sentBack.AtUtc)
                .OrderByDescending(r => r.SavedAtUtc).ThenByDescending(r => r.Id)
                .FirstOrDefaultAsync();
            if (seen is not null)
            {
                SinceSentBack = new ArticleChanges(
                    sentBack.AtUtc,
                    WordDiff.Compare(seen.Title, article.Title),
                    WordDiff.Compare(seen.Summary, article.Summary),
                    WordDiff.Compare(seen.BodyMarkdown, article.BodyMarkdown));
            }
        }

        return true;
    }
}

/// <summary>One saved version in the article's list of versions.</summary>
public sealed record RevisionLine(long Id, DateTime SavedAtUtc, string ByName);

/// <summary>What changed in an article's title, summary and text since a moment, word by word.</summary>
public sealed record ArticleChanges(DateTime SinceUtc, IReadOnlyList<DiffPiece> Title, IReadOnlyList<DiffPiece> Summary, IReadOnlyList<DiffPiece> Body)
{
    public bool Any => WordDiff.HasChanges(Title) || WordDiff.HasChanges(Summary) || WordDiff.HasChanges(Body);
}
