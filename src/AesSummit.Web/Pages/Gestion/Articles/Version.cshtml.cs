using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Pages.Gestion.Articles;

/// <summary>One saved version of an article, as it read then, for staff.</summary>
public sealed class VersionModel(SummitDbContext db, MarkdownRenderer markdown) : PageModel
{
    public ArticleRevision Revision { get; private set; } = null!;

    public string BodyHtml { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, long revision)
    {
        var found = await db.ArticleRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revision && r.ArticleId == id);
        var owner = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Status, a.AuthorId }).FirstOrDefaultAsync();
        // A draft is its author's alone until it is submitted.
        if (found is null || owner is null || (owner.Status == PublicationStatus.Draft && owner.AuthorId != Actor.From(User).UserId))
        {
            return NotFound();
        }

        Revision = found;
        // Rendered afresh through the same pipeline as every article: raw HTML disabled, unsafe links neutralised.
        BodyHtml = markdown.ToHtml(found.BodyMarkdown);
        return Page();
    }
}
