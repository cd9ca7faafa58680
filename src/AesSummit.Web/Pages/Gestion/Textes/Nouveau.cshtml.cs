using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion.Textes;

/// <summary>A writer uploads an official text (PDF only, checked by its bytes) with its metadata, as a draft.</summary>
[Authorize(Policy = Policies.Write)]
public sealed class NouveauModel(SummitDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, TextFileIntake intake, ProgrammeQueries programme, ILogger<NouveauModel> logger)
    : StaffPageModel(db, clock, localizer)
{
    [BindProperty]
    public TextForm Input { get; set; } = new();

    public IReadOnlyList<Summit> Summits { get; private set; } = [];

    public async Task OnGetAsync() => Summits = await programme.AllAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Summits = await programme.AllAsync();
        var metadata = await Input.ToMetadataAsync(Db, (key, message) => ModelState.AddModelError(key, Localizer[message]));
        var (file, refusal) = await intake.AcceptAsync(Input.File);
        if (refusal is not null)
        {
            ModelState.AddModelError("Input.File", Localizer[refusal, Display.FileSize(intake.MaxUploadBytes)]);
        }

        if (!ModelState.IsValid || metadata is null || file is null)
        {
            Db.ChangeTracker.Clear();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var slug = await Slugs.UniqueAsync(metadata.Title, s => Db.OfficialTexts.AnyAsync(t => t.Slug == s));
        var text = OfficialText.CreateDraft(slug, metadata, file, Me, NowUtc);
        Db.OfficialTexts.Add(text);
        await Db.SaveChangesAsync();
        // The store may have given it the next free slug, had another text taken this one meanwhile.
        logger.LogInformation("Text {Slug} uploaded by {User} with SHA-256 {Sha256}", text.Slug, Me.Name, file.Sha256);
        var author = Me.UserId;
        // The same bytes as another text's file are allowed (a text may be filed twice, on purpose), but never unnoticed.
        var twin = await Db.OfficialTexts.AsNoTracking()
            .Where(t => t.Id != text.Id && t.Files.Any(f => f.Sha256 == file.Sha256))
            // Another writer's draft is not named: drafts are their author's alone.
            .Where(t => t.Status != PublicationStatus.Draft || t.AuthorId == author)
            .Select(t => t.Title)
            .FirstOrDefaultAsync();
        if (twin is null)
        {
            Confirm("Flash.DraftSaved");
        }
        else
        {
            Confirm("Flash.DraftSavedSameFile", twin);
        }

        return RedirectToPage("Details", new { id = text.Id });
    }
}
