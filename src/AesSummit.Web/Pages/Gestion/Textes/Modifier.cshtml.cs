using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion.Textes;

/// <summary>The author edits a draft or sent-back text; a new file replaces the draft's file.</summary>
[Authorize(Policy = Policies.Write)]
public sealed class ModifierModel(SummitDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, TextFileIntake intake, ProgrammeQueries programme, ILogger<ModifierModel> logger)
    : StaffPageModel(db, clock, localizer)
{
    [BindProperty]
    public TextForm Input { get; set; } = new();

    public OfficialText Text { get; private set; } = null!;

    public IReadOnlyList<Summit> Summits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        Input = TextForm.From(Text);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var metadata = await Input.ToMetadataAsync(Db, (key, message) => ModelState.AddModelError(key, Localizer[message]));
        UploadedFile? file = null;
        if (Input.File is not null)
        {
            (file, var reason) = await intake.AcceptAsync(Input.File);
            if (reason is not null)
            {
                ModelState.AddModelError("Input.File", Localizer[reason, Display.FileSize(intake.MaxUploadBytes)]);
            }
        }

        if (!ModelState.IsValid || metadata is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!await TryChangeAsync(Text, Input.Version, t => t.Edit(metadata, file, Me, NowUtc)))
        {
            return Page();
        }

        logger.LogInformation("Text {Slug} edited by {User}", Text.Slug, Me.Name);
        Confirm("Flash.ChangesSaved");
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        Summits = await programme.AllAsync();
        var text = await Db.OfficialTexts.Include(t => t.Files).Include(t => t.Summit).FirstOrDefaultAsync(t => t.Id == id);
        if (text is null)
        {
            return NotFound();
        }

        Text = text;
        return text.EditRefusal(Me) is { } refusal ? RefuseEdit(refusal) : null;
    }
}
