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

    /// <summary>The correction of the published article under way, if any.</summary>
    public ArticleEdition? Edition { get; private set; }

    /// <summary>What the correction changes in the published words, for the Secretariat that validates it.</summary>
    public ArticleChanges? EditionChanges { get; private set; }

    /// <summary>A writer starts a correction of the published article.</summary>
    public Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostStartEditionAsync(int id) =>
        ActAsync(id, "correction started", a => Db.ArticleEditions.Add(a.StartEdition(Me, NowUtc)), "Flash.EditionStarted");

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostSubmitEditionAsync(int id)
    {
        var edition = await OpenEditionAsync(id);
        return await ActAsync(id, "correction submitted", a => a.SubmitEdition(edition ?? throw new WorkflowException(WorkflowRefusal.WrongState), Me, NowUtc), "Flash.EditionSubmitted");
    }

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostValidateEditionAsync(int id)
    {
        var edition = await OpenEditionAsync(id);
        return await ActAsync(id, "correction validated", a => a.ValidateEdition(edition ?? throw new WorkflowException(WorkflowRefusal.WrongState), Me, NowUtc), "Flash.EditionValidated");
    }

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostSendBackEditionAsync(int id)
    {
        var edition = await OpenEditionAsync(id);
        return await ActAsync(id, "correction sent back", a => a.SendBackEdition(edition ?? throw new WorkflowException(WorkflowRefusal.WrongState), Me, Reason ?? string.Empty, NowUtc), "Flash.EditionSentBack");
    }

    private Task<ArticleEdition?> OpenEditionAsync(int id) =>
        Db.ArticleEditions.FirstOrDefaultAsync(e => e.ArticleId == id && e.Status != EditionStatus.Validated);

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
        if (article is null || !MaySee(article))
        {
            return false;
        }

        Article = article;
        History = await Db.ArticleAuditEntries.AsNoTracking().Where(e => e.ArticleId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync();
        Revisions = await Db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.SavedAtUtc).ThenBy(r => r.Id)
            .Select(r => new RevisionLine(r.Id, r.SavedAtUtc, r.ByName))
            .ToListAsync();
        Edition = await Db.ArticleEditions.AsNoTracking().FirstOrDefaultAsync(e => e.ArticleId == id && e.Status != EditionStatus.Validated);
        EditionChanges = Edition is null ? null : new ArticleChanges(
            Edition.CreatedAtUtc,
            WordDiff.Compare(article.Title, Edition.Title),
            WordDiff.Compare(article.Summary, Edition.Summary),
            WordDiff.Compare(article.BodyMarkdown, Edition.BodyMarkdown));
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
