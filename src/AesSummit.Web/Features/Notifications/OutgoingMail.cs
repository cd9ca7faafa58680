namespace AesSummit.Web.Features.Notifications;

/// <summary>
/// A notification waiting to be sent (an outbox row). It is written in the same save as the change it tells of, so a mail
/// never announces a change that was not kept, and a change never waits for a mail server: the sender takes it from here.
/// </summary>
public sealed class OutgoingMail
{
    private OutgoingMail()
    {
    }

    public OutgoingMail(string to, string subject, string body, DateTime createdAtUtc)
    {
        To = to;
        Subject = subject;
        Body = body;
        CreatedAtUtc = createdAtUtc;
        NextAttemptAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    public string To { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    /// <summary>The last failure, for whoever looks at the store when mails do not arrive.</summary>
    public string? LastError { get; private set; }

    /// <summary>Taken by a sender until <paramref name="untilUtc"/>: no other sends it meanwhile.</summary>
    public void Claim(DateTime untilUtc) => NextAttemptAtUtc = untilUtc;

    public void Sent(DateTime nowUtc)
    {
        SentAtUtc = nowUtc;
        LastError = null;
    }

    /// <summary>The server refused or could not be reached: tried again later, each time a little later (up to an hour).</summary>
    public void Failed(string error, DateTime nowUtc)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        NextAttemptAtUtc = nowUtc + TimeSpan.FromSeconds(Math.Min(3600, 15 * Math.Pow(2, Math.Min(Attempts - 1, 12))));
    }
}
