using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Notifications;
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

    protected override Task<Article?> FindForChangeAsync(int id) =>
        Db.Articles.FirstOrDefaultAsync(a => a.Id == id);

    protected override string Describe(Article item) => $"Article {item.Slug}";

    protected override string TitleOf(Article item) => item.Title;

    protected override async Task<bool> LoadAsync(int id)
    {
        var article = await Db.Articles.AsNoTracking().Include(a => a.Summit).FirstOrDefaultAsync(a => a.Id == id);
        if (article is null)
        {
            return false;
        }

        Article = article;
        History = await Db.ArticleAuditEntries.AsNoTracking().Where(e => e.ArticleId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync();
        return true;
    }
}
