using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion.Articles;

/// <summary>The author edits a draft or a sent-back article.</summary>
[Authorize(Policy = Policies.Write)]
public sealed class ModifierModel(SummitDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, MarkdownRenderer markdown, ProgrammeQueries programme, ILogger<ModifierModel> logger)
    : StaffPageModel(db, clock, localizer)
{
    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    public Article Article { get; private set; } = null!;

    public IReadOnlyList<Summit> Summits { get; private set; } = [];

    public string? PreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        Input = ArticleForm.From(Article, Article.Summit?.Slug);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        PreviewHtml = markdown.ToHtml(Input.Body);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var content = await Input.ToContentAsync(Db, markdown, (key, message) => ModelState.AddModelError(key, Localizer[message]));
        if (!ModelState.IsValid || content is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!await TryChangeAsync(Article, Input.Version, a => a.Edit(content, Me, NowUtc)))
        {
            // The form keeps what was typed, so that nothing is lost; the message says what happened.
            return Page();
        }

        logger.LogInformation("Article {Slug} edited by {User}", Article.Slug, Me.Name);
        Confirm("Flash.ChangesSaved");
        return RedirectToPage("Details", new { id });
    }

    /// <summary>Loads the article and checks that the current user may edit it now.</summary>
    private async Task<IActionResult?> LoadAsync(int id)
    {
        Summits = await programme.AllAsync();
        var article = await Db.Articles.Include(a => a.Summit).FirstOrDefaultAsync(a => a.Id == id);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        return article.EditRefusal(Me) is { } refusal ? RefuseEdit(refusal) : null;
    }
}
