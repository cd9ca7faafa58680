using System.ComponentModel.DataAnnotations;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion.Programme;

/// <summary>The Permanent Secretariat adds a session to a phase of an edition; it is public at once, as the programme is.</summary>
[Authorize(Policy = Policies.Validate)]
public sealed class NouvelleSeanceModel(SummitDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, MarkdownRenderer markdown, AesSummit.Web.Infrastructure.Languages.PortalLanguages languages, ILogger<NouvelleSeanceModel> logger)
    : StaffPageModel(db, clock, localizer)
{
    [FromQuery(Name = "sommet")]
    public string? SummitSlug { get; set; }

    [BindProperty]
    public NewSessionForm Input { get; set; } = new();

    public Summit Summit { get; private set; } = null!;

    public string ZoneLabel => Localizer["ZoneLabel", Summit.City, SummitTime.OffsetLabel(SummitTime.StartOfDayUtc(Summit.StartDate, Summit.TimeZone), Summit.TimeZone)];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input.Version = Summit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var phase = Summit.Phases.Find(p => p.Slug == Input.Phase);
        if (phase is null)
        {
            ModelState.AddModelError("Input.Phase", Localizer["Validation.Required"]);
        }

        if (Input.EndsBeforeItStarts)
        {
            ModelState.AddModelError("Input.End", Localizer["Validation.EndBeforeStart"]);
        }

        if (!ModelState.IsValid || phase is null || !Enum.IsDefined(Input.Kind))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var zone = Summit.TimeZone;
        var text = Input.Text(markdown);
        var title = text.Title;
        // Unique in the whole edition, as in content/: a session's slug names its calendar UID, its anchor and its .ics.
        var phaseIds = Summit.Phases.Select(p => p.Id).ToList();
        var slug = await Slugs.UniqueAsync(title, s => Db.Sessions.AnyAsync(x => phaseIds.Contains(x.PhaseId) && x.Slug == s));
        var session = new Session(slug, new SessionDetails(
            title, text.Kind, SummitTime.ToUtc(Input.Start!.Value, zone), SummitTime.ToUtc(Input.End!.Value, zone), Input.Venue.Trim(),
            text.DescriptionMarkdown, text.DescriptionHtml, SessionStatus.Scheduled, text.IsSample));
        session.Translate(Input.TranslationsFor(languages.Prefixed, markdown));

        // The summit's version guards its whole programme: a session added from a stale page is refused, never lost silently.
        if (!await TryChangeAsync(Summit, Input.Version, _ =>
            {
                phase.Sessions.Add(session);
                Db.Entry(Summit).State = EntityState.Modified;
            }))
        {
            await LoadAsync();
            return Page();
        }

        logger.LogInformation("Session {Session} added to {Summit} by {User}", session.Slug, Summit.Slug, Me.Name);
        Confirm("Flash.SessionAdded", title);
        return RedirectToPage("Index", new { sommet = Summit.Slug });
    }

    private async Task<bool> LoadAsync()
    {
        var summit = await Db.Summits.Include(s => s.Phases.OrderBy(p => p.Position)).FirstOrDefaultAsync(s => s.Slug == SummitSlug);
        if (summit is null)
        {
            return false;
        }

        Summit = summit;
        return true;
    }

    /// <summary>A new session: what any session is, and the phase it joins.</summary>
    public sealed class NewSessionForm : SessionForm
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Phase")]
        public string Phase { get; set; } = string.Empty;
    }
}
