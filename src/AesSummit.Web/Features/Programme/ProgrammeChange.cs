namespace AesSummit.Web.Features.Programme;

/// <summary>A public record of a change to a session of a published programme: before, after, when, by whom.</summary>
public sealed class ProgrammeChange
{
    private ProgrammeChange()
    {
    }

    /// <summary>The longest public reason kept with a change.</summary>
    public const int MaxReasonLength = 500;

    public ProgrammeChange(Session session, SessionSchedule before, SessionSchedule after, string byName, DateTime atUtc, string? reason = null, string? oldTitle = null)
    {
        OldTitle = oldTitle;
        var text = reason?.Trim();
        Reason = string.IsNullOrEmpty(text) ? null : text.Length > MaxReasonLength ? text[..MaxReasonLength] : text;
        SessionId = session.Id;
        Session = session;
        SessionTitle = session.Title;
        AtUtc = atUtc;
        ByName = byName;
        OldStartUtc = before.StartUtc;
        NewStartUtc = after.StartUtc;
        OldEndUtc = before.EndUtc;
        NewEndUtc = after.EndUtc;
        OldVenue = before.Venue;
        NewVenue = after.Venue;
        OldStatus = before.Status;
        NewStatus = after.Status;
    }

    public long Id { get; private set; }

    public int SessionId { get; private set; }

    public Session? Session { get; private set; }

    /// <summary>The title when the change was made.</summary>
    public string SessionTitle { get; private set; } = string.Empty;

    public DateTime AtUtc { get; private set; }

    public string ByName { get; private set; } = string.Empty;

    public DateTime OldStartUtc { get; private set; }

    public DateTime NewStartUtc { get; private set; }

    public DateTime OldEndUtc { get; private set; }

    public DateTime NewEndUtc { get; private set; }

    public string OldVenue { get; private set; } = string.Empty;

    public string NewVenue { get; private set; } = string.Empty;

    public SessionStatus OldStatus { get; private set; }

    public SessionStatus NewStatus { get; private set; }

    /// <summary>Why, in the Secretariat's words, for the public: shown with the change and in the session's calendar entry.</summary>
    public string? Reason { get; private set; }

    /// <summary>The title before this change, when the change gave the session a new one.</summary>
    public string? OldTitle { get; private set; }

    public bool TitleChanged => OldTitle is not null;

    public bool TimesChanged => OldStartUtc != NewStartUtc || OldEndUtc != NewEndUtc;

    public bool VenueChanged => OldVenue != NewVenue;

    public bool StatusChanged => OldStatus != NewStatus;
}
