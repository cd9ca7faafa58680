using System.ComponentModel.DataAnnotations;
using AesSummit.Web.Features.Discovery;
using AesSummit.Web.Features.Notifications;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion;

/// <summary>
/// Base of the back-office page of one article or text: the workflow moves (and a draft's deletion) as POST handlers.
/// Each goes through the item's own method, which checks the state, the role and the four-eyes rule.
/// </summary>
public abstract class WorkflowPageModel<T>(SummitDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, WorkflowNotifications notifications, ILogger logger)
    : StaffPageModel(db, clock, localizer)
    where T : PublishableItem
{
    /// <summary>The version the form was shown with, for optimistic concurrency.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>The reason of a send-back or the explanation of a withdrawal.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>Optional publication time for a validation, in Bamako time.</summary>
    [BindProperty]
    [Display(Name = "Field.PublishAt")]
    public DateTime? PublishAt { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) =>
        await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(int id) =>
        ActAsync(id, "submitted", item => item.Submit(Me, NowUtc), "Flash.Submitted", Notice.Submitted);

    public Task<IActionResult> OnPostValidateAsync(int id)
    {
        DateTime? publishAtUtc = PublishAt is { } local ? SummitTime.ToUtc(local, PortalTime.DefaultZone) : null;
        return ActAsync(id, "validated", item => item.Validate(Me, NowUtc, publishAtUtc), "Flash.Validated", Notice.Validated);
    }

    public Task<IActionResult> OnPostSendBackAsync(int id) =>
        ActAsync(id, "sent back", item => item.SendBack(Me, Reason ?? string.Empty, NowUtc), "Flash.SentBack", Notice.SentBack);

    public Task<IActionResult> OnPostUnscheduleAsync(int id) =>
        ActAsync(id, "unscheduled", item => item.Unschedule(Me, NowUtc), "Flash.Unscheduled", Notice.Unscheduled);

    public Task<IActionResult> OnPostWithdrawAsync(int id) =>
        ActAsync(id, "withdrawn", item => item.Withdraw(Me, Reason ?? string.Empty, NowUtc), "Flash.Withdrawn", Notice.Withdrawn);

    /// <summary>The author deletes a draft never submitted, with its own trail; nothing else is ever deleted.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var item = await FindForChangeAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        var trail = await TrailAsync(item);
        if (await TryChangeAsync(item, Version, i =>
            {
                i.EnsureDeletableBy(Me);
                Db.RemoveRange(trail);
                Db.Remove(i);
            }))
        {
            logger.LogInformation("{Item} deleted by {User}", Describe(item), Me.Name);
            Confirm("Flash.Deleted", TitleOf(item));
            return RedirectToPage("Index");
        }

        // Someone else's draft does not exist for this user: the refusal reads as such.
        return await LoadAsync(id) ? Page() : NotFound();
    }

    /// <summary>What is deleted with a draft: its audit entries and saved versions, loaded and tracked.</summary>
    protected abstract Task<IReadOnlyList<object>> TrailAsync(T item);

    /// <summary>The item, tracked, for a change; null if there is none.</summary>
    protected abstract Task<T?> FindForChangeAsync(int id);

    /// <summary>Fills the page's projection; false if there is no such item.</summary>
    protected abstract Task<bool> LoadAsync(int id);

    protected abstract string Describe(T item);

    /// <summary>The item's title, as the notifications name it.</summary>
    protected abstract string TitleOf(T item);

    /// <param name="confirmation">The resource key of what the next page says once the move is saved.</param>
    /// <param name="notice">Whom the move is told to by e-mail, if anyone; the mails are saved with the move.</param>
    protected async Task<IActionResult> ActAsync(int id, string move, Action<T> change, string confirmation, Notice? notice = null)
    {
        var item = await FindForChangeAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        if (notice is { } told)
        {
            var recipients = await notifications.RecipientsAsync(item, told, Me);
            var url = HttpContext.SiteUrl() + Request.Path;
            var first = change;
            change = i =>
            {
                first(i);
                notifications.Stage(recipients, i, TitleOf(i), told, Me, url, Reason);
            };
        }

        // A value that could not be read (a publication time that is no date) is not taken as no value: nothing moves.
        if (!ModelState.IsValid)
        {
            var messages = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            ErrorMessage = messages.Count > 0 ? string.Join(" ", messages) : Localizer["Binding.ValueIsInvalid"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(id) ? Page() : NotFound();
        }

        if (await TryChangeAsync(item, Version, change))
        {
            logger.LogInformation("{Item} {Move} by {User}", Describe(item), move, Me.Name);
            if (item.Status == PublicationStatus.Published && item.PublishedAtUtc > NowUtc && confirmation == "Flash.Validated")
            {
                Confirm("Flash.ValidatedForLater", Display.StaffTime(Localizer, item.PublishedAtUtc.Value));
            }
            else
            {
                Confirm(confirmation);
            }

            return RedirectToPage(new { id });
        }

        // Someone else's draft does not exist for this user: the refusal reads as such.
        return await LoadAsync(id) ? Page() : NotFound();
    }
}
