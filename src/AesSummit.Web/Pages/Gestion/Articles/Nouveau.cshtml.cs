using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion.Articles;

/// <summary>A writer starts a new article as a draft, with a server-rendered preview.</summary>
[Authorize(Policy = Policies.Write)]
public sealed class NouveauModel(SummitDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, MarkdownRenderer markdown, ProgrammeQueries programme, ILogger<NouveauModel> logger)
    : StaffPageModel(db, clock, localizer)
{
    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    public IReadOnlyList<Summit> Summits { get; private set; } = [];

    public string? PreviewHtml { get; private set; }

    public async Task OnGetAsync() => Summits = await programme.AllAsync();

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        Summits = await programme.AllAsync();
        PreviewHtml = markdown.ToHtml(Input.Body);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Summits = await programme.AllAsync();
        var content = await Input.ToContentAsync(Db, markdown, (key, message) => ModelState.AddModelError(key, Localizer[message]));
        if (!ModelState.IsValid || content is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var slug = await Slugs.UniqueAsync(content.Title, s => Db.Articles.AnyAsync(a => a.Slug == s));
        var article = Article.CreateDraft(slug, content, Me, NowUtc);
        Db.Articles.Add(article);
        await Db.SaveChangesAsync();
        // The store may have given it the next free slug, had another article taken this one meanwhile.
        logger.LogInformation("Article {Slug} created by {User}", article.Slug, Me.Name);
        Confirm("Flash.DraftSaved");
        return RedirectToPage("Details", new { id = article.Id });
    }
}
