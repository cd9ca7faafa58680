using System.ComponentModel.DataAnnotations;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion.Articles;

/// <summary>The writer of a correction of a published article changes its words and its public change note.</summary>
[Authorize(Policy = Policies.Write)]
public sealed class CorrectionModel(SummitDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, MarkdownRenderer markdown, ILogger<CorrectionModel> logger)
    : StaffPageModel(db, clock, localizer)
{
    [BindProperty]
    public CorrectionForm Input { get; set; } = new();

    public Article Article { get; private set; } = null!;

    public ArticleEdition Edition { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        Input = new CorrectionForm
        {
            Title = Edition.Title,
            Summary = Edition.Summary,
            Body = Edition.BodyMarkdown,
            ChangeNote = Edition.ChangeNote,
            Version = Edition.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var body = Input.Body.Trim();
        if (!await TryChangeAsync(Edition, Input.Version, e => e.Edit(Input.Title.Trim(), Input.Summary.Trim(), body, markdown.ToHtml(body), Input.ChangeNote ?? string.Empty, Me)))
        {
            return Page();
        }

        logger.LogInformation("Correction of article {Slug} edited by {User}", Article.Slug, Me.Name);
        Confirm("Flash.ChangesSaved");
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var article = await Db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        var edition = await Db.ArticleEditions.FirstOrDefaultAsync(e => e.ArticleId == id && e.Status != EditionStatus.Validated);
        if (article is null || edition is null)
        {
            return NotFound();
        }

        Article = article;
        Edition = edition;
        return edition.CanBeEditedBy(Me) ? null : RefuseEdit(edition.AuthorId == Me.UserId ? "Edit.Refused.Submitted" : "Edit.Refused.NotAuthor");
    }

    /// <summary>The correction's words and its note for the public.</summary>
    public sealed class CorrectionForm : ArticleWordsForm
    {
        [StringLength(ArticleEdition.MaxChangeNoteLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.ChangeNote")]
        public string? ChangeNote { get; set; }
    }
}
