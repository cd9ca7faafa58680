using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Features.Notifications;

/// <summary>
/// Workflow moves tell the people concerned by e-mail, through a real SMTP server running in the test: after the change is
/// saved, never blocking it, and a mail server that is down only delays the mails.
/// </summary>
public sealed class MailNotificationTests
{
    private static SummitAppFactory Portal(int smtpPort) => new(settings: new Dictionary<string, string>
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:From"] = "portail@sommets.example.org",
        ["Mail:PollMilliseconds"] = "100",
    });

    [Fact]
    public async Task Submission_TellsTheSecretariat_AndASendBackTellsTheAuthor_InFrenchWithTheLink()
    {
        await using var inbox = new SmtpInbox().Start();
        using var factory = Portal(inbox.Port);
        var writer = await factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);

        var page = await ArticleForms.SubmittedAsync(writer, "Dépêche à relire");

        var submitted = Assert.Single(await inbox.WaitForAsync(1));
        Assert.Equal("sp@aes.test", submitted.To.Mailboxes.Single().Address);
        Assert.Equal("portail@sommets.example.org", submitted.From.Mailboxes.Single().Address);
        Assert.Equal("À valider : « Dépêche à relire »", submitted.Subject);
        Assert.Contains($"http://localhost{page}", submitted.TextBody, StringComparison.Ordinal);
        Assert.Contains("redacteur@aes.test a soumis", submitted.TextBody, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=SendBack]", new Dictionary<string, string> { ["Reason"] = "Préciser la date de la séance." })).StatusCode);

        var sentBack = (await inbox.WaitForAsync(2))[^1];
        Assert.Equal("redacteur@aes.test", sentBack.To.Mailboxes.Single().Address);
        Assert.Equal("Renvoyé pour correction : « Dépêche à relire »", sentBack.Subject);
        Assert.Contains("Préciser la date de la séance.", sentBack.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidationTakenBack_TellsTheAuthor()
    {
        await using var inbox = new SmtpInbox().Start();
        using var factory = Portal(inbox.Port);
        var writer = await factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = await ArticleForms.SubmittedAsync(writer, "Dépêche reportée");
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=Validate]", new Dictionary<string, string> { ["PublishAt"] = "2025-12-23T08:00" })).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=Unschedule]")).StatusCode);

        var mails = await inbox.WaitForAsync(3);
        var takenBack = Assert.Single(mails, m => m.Subject == "Publication reportée : « Dépêche reportée »");
        Assert.Equal("redacteur@aes.test", takenBack.To.Mailboxes.Single().Address);
        Assert.Contains($"http://localhost{page}", takenBack.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerDown_TheMoveIsSaved_AndTheMailArrivesOnceTheServerIsBack()
    {
        var port = SmtpInbox.FreePort();
        using var factory = Portal(port);
        var writer = await factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        await factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);

        await ArticleForms.SubmittedAsync(writer, "Dépêche en attente de courrier");

        // The move is saved and answered; the mail waits in the outbox, tried and failed.
        Assert.Equal(PublicationStatus.Submitted, await factory.InStoreAsync(db => db.Articles.Where(a => a.Title == "Dépêche en attente de courrier").Select(a => a.Status).SingleAsync()));
        await WaitUntilAsync(() => factory.InStoreAsync(db => db.OutgoingMails.AnyAsync(m => m.Attempts > 0 && m.SentAtUtc == null)));

        await using var inbox = new SmtpInbox(port).Start();
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var mail = Assert.Single(await inbox.WaitForAsync(1));
        Assert.Equal("À valider : « Dépêche en attente de courrier »", mail.Subject);
        // Marked as sent just after the server took it.
        await WaitUntilAsync(() => factory.InStoreAsync(db => db.OutgoingMails.AllAsync(m => m.SentAtUtc != null)));
    }

    [Fact]
    public async Task WithoutAMailServer_NothingIsQueued()
    {
        using var factory = new SummitAppFactory();
        var writer = await factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        await factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);

        await ArticleForms.SubmittedAsync(writer, "Dépêche sans courrier");

        Assert.Equal(0, await factory.InStoreAsync(db => db.OutgoingMails.CountAsync()));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 150 && !await condition(); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.True(await condition(), "The condition was not met in 15 s");
    }
}
