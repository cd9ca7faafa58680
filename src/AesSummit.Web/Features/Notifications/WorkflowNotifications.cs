using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Features.Notifications;

/// <summary>What a workflow move tells, and to whom.</summary>
public enum Notice
{
    /// <summary>To the Permanent Secretariat: something waits for validation.</summary>
    Submitted,

    /// <summary>To the Permanent Secretariat: a new file for a published text waits for validation.</summary>
    FileProposed,

    /// <summary>To the author: sent back, with the reason.</summary>
    SentBack,

    /// <summary>To the author: validated, now or for later.</summary>
    Validated,

    /// <summary>To the author: withdrawn from the public site, with the explanation.</summary>
    Withdrawn,

    /// <summary>To the author: a validation for later was taken back; the item waits for validation again.</summary>
    Unscheduled,
}

/// <summary>
/// Writes the e-mails a workflow move sends into the outbox, in the same save as the move. The recipients are looked up
/// before the move (<see cref="RecipientsAsync"/>), the mails written with the move (<see cref="Stage"/>). Without a mail
/// server configured nothing is written.
/// </summary>
public sealed class WorkflowNotifications(SummitDbContext db, IOptions<MailOptions> options, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> RecipientsAsync(PublishableItem item, Notice notice, Actor actor)
    {
        if (!options.Value.IsEnabled)
        {
            return [];
        }

        List<string?> addresses = notice is Notice.Submitted or Notice.FileProposed
            // Every active account of the Permanent Secretariat, but not the one who acts.
            ? await (from user in db.Users
                     join link in db.UserRoles on user.Id equals link.UserId
                     join role in db.Roles on link.RoleId equals role.Id
                     where role.Name == Roles.PermanentSecretariat && user.DisabledAtUtc == null && user.Id != actor.UserId
                     select user.Email).ToListAsync()
            : await db.Users.Where(u => u.Id == item.AuthorId && u.Id != actor.UserId && u.DisabledAtUtc == null).Select(u => u.Email).ToListAsync();
        return [.. addresses.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    /// <summary>Adds the mails telling of the move just made on <paramref name="item"/>; saved with it, or not at all.</summary>
    /// <param name="url">The item's back-office page, absolute.</param>
    /// <param name="reason">The send-back reason or withdrawal explanation, when the move has one.</param>
    public void Stage(IReadOnlyList<string> recipients, PublishableItem item, string title, Notice notice, Actor by, string url, string? reason)
    {
        if (recipients.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var subject = localizer[$"Mail.{notice}.Subject", title].Value;
        var body = notice switch
        {
            Notice.Submitted => localizer["Mail.Submitted.Body", by.Name, title, url],
            Notice.FileProposed => localizer["Mail.FileProposed.Body", by.Name, title, url],
            Notice.SentBack => localizer["Mail.SentBack.Body", title, reason ?? string.Empty, url],
            Notice.Validated when item.IsScheduledAt(now) => localizer["Mail.Validated.ScheduledBody", title, Display.StaffTime(localizer, item.PublishedAtUtc!.Value), url],
            Notice.Validated => localizer["Mail.Validated.Body", title, url],
            Notice.Unscheduled => localizer["Mail.Unscheduled.Body", title, url],
            _ => localizer["Mail.Withdrawn.Body", title, reason ?? string.Empty, url],
        };
        var text = $"{body.Value}\n\n{localizer["Mail.Footer"].Value}\n";
        foreach (var to in recipients)
        {
            db.OutgoingMails.Add(new OutgoingMail(to, subject, text, now));
        }
    }
}
