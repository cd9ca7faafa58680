using System.ComponentModel.DataAnnotations;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion.Programme;

/// <summary>The Permanent Secretariat changes a session's times, venue or status; the change is published at /programme/modifications.</summary>
[Authorize(Policy = Policies.Validate)]
public sealed class SeanceModel(SummitDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, MarkdownRenderer markdown, AesSummit.Web.Infrastructure.Languages.PortalLanguages languages, ILogger<SeanceModel> logger)
    : StaffPageModel(db, clock, localizer)
{
    [BindProperty]
    public ScheduleForm Input { get; set; } = new();

    /// <summary>The public reason for a cancellation.</summary>
    [BindProperty]
    public string? CancelReason { get; set; }

    public Session Session { get; private set; } = null!;

    public Summit Summit { get; private set; } = null!;

    public string ZoneLabel => Localizer["ZoneLabel", Summit.City, SummitTime.OffsetLabel(Session.StartUtc, Summit.TimeZone)];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        FillForm();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Input.EndsBeforeItStarts)
        {
            ModelState.AddModelError("Input.End", Localizer["Validation.EndBeforeStart"]);
        }

        if (!ModelState.IsValid || !Enum.IsDefined(Input.Status) || !Enum.IsDefined(Input.Kind))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var zone = Summit.TimeZone;
        var schedule = new SessionSchedule(SummitTime.ToUtc(Input.Start!.Value, zone), SummitTime.ToUtc(Input.End!.Value, zone), Input.Venue.Trim(), Input.Status);
        var text = Input.Text(markdown);
        ProgrammeChange? change = null;

        // The summit's version guards its whole programme: two people changing it at once cannot both win.
        var saved = await TryChangeAsync(Summit, Input.Version, _ =>
        {
            var titleBefore = Session.Title;
            var described = Session.Describe(text, Me) | Session.Retranslate(Input.TranslationsFor(languages.Prefixed, markdown), Me);
            change = Session.Reschedule(schedule, Me, NowUtc, Input.Reason, titleBefore);
            if (change is not null)
            {
                Db.ProgrammeChanges.Add(change);
            }

            if (change is not null || described)
            {
                Db.Entry(Summit).State = EntityState.Modified;
            }
        });
        if (!saved)
        {
            await LoadAsync(id);
            return Page();
        }

        if (change is not null)
        {
            logger.LogInformation("Session {Session} of {Summit} changed by {User}", Session.Slug, Summit.Slug, Me.Name);
        }

        Confirm("Flash.SessionSaved");
        return RedirectToPage("Index", new { sommet = Summit.Slug });
    }

    /// <summary>Removes a session from the programme: a cancellation, kept and shown with its reason.</summary>
    public async Task<IActionResult> OnPostCancelAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        // Only the cancellation's own fields count here, not the change form's.
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(CancelReason) || CancelReason.Trim().Length > ProgrammeChange.MaxReasonLength)
        {
            ModelState.AddModelError(nameof(CancelReason), Localizer[string.IsNullOrWhiteSpace(CancelReason) ? "Workflow.ReasonRequired" : "Workflow.ReasonTooLong"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            FillForm();
            return Page();
        }

        var saved = await TryChangeAsync(Summit, Input.Version, _ =>
        {
            Db.ProgrammeChanges.Add(Session.Cancel(Me, NowUtc, CancelReason));
            Db.Entry(Summit).State = EntityState.Modified;
        });
        if (!saved)
        {
            Db.ChangeTracker.Clear();
            await LoadAsync(id);
            FillForm();
            return Page();
        }

        logger.LogInformation("Session {Session} of {Summit} cancelled by {User}", Session.Slug, Summit.Slug, Me.Name);
        Confirm("Flash.SessionCancelled");
        return RedirectToPage("Index", new { sommet = Summit.Slug });
    }

    private void FillForm()
    {
        var zone = Summit.TimeZone;
        Input = new ScheduleForm
        {
            Start = SummitTime.ToLocal(Session.StartUtc, zone),
            End = SummitTime.ToLocal(Session.EndUtc, zone),
            Venue = Session.Venue,
            Status = Session.Status,
            Version = Summit.Version,
            Title = Session.Title,
            Kind = Session.Kind,
            Description = Session.DescriptionMarkdown,
            IsSample = Session.IsSample,
        };
        Input.FillTranslations(Session);
    }

    private async Task<bool> LoadAsync(int id)
    {
        var session = await Db.Sessions.FirstOrDefaultAsync(s => s.Id == id);
        if (session is null)
        {
            return false;
        }

        Session = session;
        Summit = await Db.Summits.SingleAsync(s => s.Phases.Any(p => p.Id == session.PhaseId));
        return true;
    }

    /// <summary>What may change in a session: what any session is, its status, and the public reason for the change.</summary>
    public sealed class ScheduleForm : SessionForm
    {
        [Display(Name = "Field.Status")]
        public SessionStatus Status { get; set; }

        [StringLength(ProgrammeChange.MaxReasonLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.ChangeReason")]
        public string? Reason { get; set; }
    }
}
