using AesSummit.Web.Infrastructure;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AesSummit.Web.Features.Notifications;

/// <summary>
/// Sends the outbox's mails through the configured SMTP server, in the background: a request never waits for it, and a server
/// that is down only delays the mails (each is tried again later, the change it tells of is already saved).
/// </summary>
public sealed class MailSender(IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailSender> logger) : BackgroundService
{
    /// <summary>Past this many failures a mail is left in the outbox, with its last error, and no longer tried.</summary>
    public const int MaxAttempts = 30;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var mail = options.Value;
        if (!mail.IsEnabled)
        {
            logger.LogInformation("Mail:Host is not set: no e-mail notification is sent");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(mail, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The outbox itself could not be read (a read-only store, a locked file): tried again at the next turn.
                logger.LogWarning(e, "The mail outbox could not be processed");
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(mail.PollMilliseconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>How long a batch taken by this sender is left alone by any other (a second instance, the next turn).</summary>
    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(5);

    /// <summary>Sends what is due now; returns how many mails were sent.</summary>
    public async Task<int> SendDueAsync(MailOptions mail, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<StoreAccess>().IsReadOnly)
        {
            // Nothing sent could be marked as sent: every turn would send the same mails again.
            return 0;
        }

        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutgoingMails
            .Where(m => m.SentAtUtc == null && m.Attempts < MaxAttempts && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.Id)
            .Take(50)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        // Taken before anything is sent, and saved: if the store cannot record it, nothing goes out (no mail sent twice).
        foreach (var outgoing in due)
        {
            outgoing.Claim(now + Claim);
        }

        await db.SaveChangesAsync(CancellationToken.None);

        var sent = 0;
        var refused = new HashSet<OutgoingMail>();
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(mail.Host!, mail.Port, SocketOptions(mail), cancellationToken);
            if (!string.IsNullOrEmpty(mail.UserName))
            {
                await client.AuthenticateAsync(mail.UserName, mail.Password ?? string.Empty, cancellationToken);
            }

            foreach (var outgoing in due)
            {
                try
                {
                    var message = new MimeMessage();
                    message.From.Add(MailboxAddress.Parse(mail.From!));
                    message.To.Add(MailboxAddress.Parse(outgoing.To));
                    message.Subject = outgoing.Subject;
                    message.Body = new TextPart("plain") { Text = outgoing.Body };
                    await client.SendAsync(message, cancellationToken);
                    outgoing.Sent(clock.GetUtcNow().UtcDateTime);
                    sent++;
                    logger.LogInformation("Mail {Subject} sent to {To}", outgoing.Subject, outgoing.To);
                }
                catch (Exception e) when (e is ParseException or SmtpCommandException)
                {
                    // This mail alone is refused (an address the server or MimeKit rejects): the others go on.
                    outgoing.Failed(e.Message, clock.GetUtcNow().UtcDateTime);
                    refused.Add(outgoing);
                    logger.LogWarning("Mail {Subject} to {To} refused ({Error}); attempt {Attempts}", outgoing.Subject, outgoing.To, e.Message, outgoing.Attempts);
                }

                // Saved mail by mail: what went out is never sent again, whatever happens to the rest.
                await db.SaveChangesAsync(CancellationToken.None);
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The server is down or the connection broke: every mail not yet sent waits for a later attempt.
            foreach (var outgoing in due.Where(m => m.SentAtUtc is null && !refused.Contains(m)))
            {
                outgoing.Failed(e.Message, clock.GetUtcNow().UtcDateTime);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning("Mail server {Host}:{Port} unreachable ({Error}); {Count} mails wait", mail.Host, mail.Port, e.Message, due.Count(m => m.SentAtUtc is null));
        }

        return sent;
    }

    /// <summary>Implicit TLS on port 465; otherwise STARTTLS, required when a password is sent or when asked.</summary>
    private static SecureSocketOptions SocketOptions(MailOptions mail) =>
        mail.Port == 465 ? SecureSocketOptions.SslOnConnect
        : mail.RequireTls || !string.IsNullOrEmpty(mail.UserName) ? SecureSocketOptions.StartTls
        : SecureSocketOptions.StartTlsWhenAvailable;
}
