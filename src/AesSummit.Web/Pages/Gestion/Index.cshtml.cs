using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Pages.Gestion;

/// <summary>What waits for me: my drafts and sent-back items as a writer, the submissions as the Permanent Secretariat.</summary>
public sealed class IndexModel(SummitDbContext db) : PageModel
{
    public IReadOnlyList<WaitingItem> MyWork { get; private set; } = [];

    public IReadOnlyList<WaitingItem> ToValidate { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var me = Actor.From(User);
        if (me.IsIn(Roles.Writer))
        {
            var editable = new[] { PublicationStatus.Draft, PublicationStatus.SentBack };
            var articles = await db.Articles.AsNoTracking()
                .Where(a => a.AuthorId == me.UserId && editable.Contains(a.Status))
                .Select(a => new WaitingItem($"/gestion/articles/{a.Id}", a.Title, a.Status, true)).ToListAsync();
            var texts = await db.OfficialTexts.AsNoTracking()
                .Where(t => t.AuthorId == me.UserId && editable.Contains(t.Status))
                .Select(t => new WaitingItem($"/gestion/textes/{t.Id}", t.Title, t.Status, false)).ToListAsync();
            MyWork = [.. articles, .. texts];
        }

        if (me.IsIn(Roles.PermanentSecretariat))
        {
            var articles = await db.Articles.AsNoTracking()
                .Where(a => a.Status == PublicationStatus.Submitted)
                .Select(a => new WaitingItem($"/gestion/articles/{a.Id}", a.Title, a.Status, true)).ToListAsync();
            var texts = await db.OfficialTexts.AsNoTracking()
                .Where(t => t.Status == PublicationStatus.Submitted || t.Files.Any(f => f.Number == 0))
                .Select(t => new WaitingItem($"/gestion/textes/{t.Id}", t.Title, t.Status, false)).ToListAsync();
            ToValidate = [.. articles, .. texts];
        }
    }

    /// <summary>An article or a text that waits for the current user.</summary>
    public sealed record WaitingItem(string Url, string Title, PublicationStatus Status, bool IsArticle);
}
