using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Languages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion.Articles;

/// <summary>
/// A writer starts another language's version of an original article: a draft of its own under the original's slug, which then
/// goes through the same workflow (submitted, validated by someone else) before the public reads it.
/// </summary>
[Authorize(Policy = Policies.Write)]
public sealed class TraductionModel(SummitDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, MarkdownRenderer markdown, PortalLanguages languages, ILogger<TraductionModel> logger)
    : StaffPageModel(db, clock, localizer)
{
    [BindProperty]
    public ArticleWordsForm Input { get; set; } = new();

    public Article Original { get; private set; } = null!;

    public string Language { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, string language) =>
        await LoadAsync(id, language) is { } refusal ? refusal : Page();

    public async Task<IActionResult> OnPostAsync(int id, string language)
    {
        if (await LoadAsync(id, language) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var content = new ArticleContent(
            Input.Title.Trim(), Input.Summary.Trim(), Input.Body, markdown.ToHtml(Input.Body), Original.Pillars, Original.SummitId, Original.IsSample);
        var translation = Article.CreateDraft(Original.Slug, content, Me, NowUtc, Language);
        Db.Articles.Add(translation);
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueViolation(e))
        {
            // Another writer started this language's version meanwhile: theirs stands.
            ErrorMessage = Localizer["Workflow.Concurrency"];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        logger.LogInformation("Article {Slug} version {Language} created by {User}", translation.Slug, Language, Me.Name);
        Confirm("Flash.DraftSaved");
        return RedirectToPage("Details", new { id = translation.Id });
    }

    /// <summary>The original and the language asked for, or the answer when there is nothing to translate here.</summary>
    private async Task<IActionResult?> LoadAsync(int id, string language)
    {
        var original = await Db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        if (original is null || original.Language != ContentLanguage.Original || language == ContentLanguage.Original || !languages.All.Contains(language))
        {
            return NotFound();
        }

        (Original, Language) = (original, language);
        if (await Db.Articles.AnyAsync(a => a.Slug == original.Slug && a.Language == language))
        {
            ErrorMessage = Localizer["Translation.Exists"];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return null;
    }
}
