using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Programme;

/// <summary>One meeting of a phase: a plenary, committee work, a bilateral, a press briefing or a ceremony.</summary>
public sealed class Session
{
    private Session()
    {
    }

    public Session(string slug, SessionDetails details)
    {
        Slug = slug;
        Apply(details);
    }

    public int Id { get; private set; }

    public int PhaseId { get; private set; }

    public string Slug { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public SessionKind Kind { get; private set; }

    public DateTime StartUtc { get; private set; }

    public DateTime EndUtc { get; private set; }

    public string Venue { get; private set; } = string.Empty;

    public string DescriptionMarkdown { get; private set; } = string.Empty;

    public string DescriptionHtml { get; private set; } = string.Empty;

    public SessionStatus Status { get; private set; }

    /// <summary>True when the hour, venue or description is a specimen rather than a known fact.</summary>
    public bool IsSample { get; private set; }

    /// <summary>The title and description in other languages than the original's, one per language.</summary>
    public List<SessionTranslation> Translations { get; private set; } = [];

    /// <summary>The words to show in <paramref name="language"/>: its version, or the original's (whose language says so).</summary>
    public SessionWords WordsIn(string language) =>
        Translations.Find(t => t.Language == language) is { } translation
            ? new SessionWords(language, translation.Title, translation.DescriptionMarkdown, translation.DescriptionHtml)
            : new SessionWords(Publishing.ContentLanguage.Original, Title, DescriptionMarkdown, DescriptionHtml);

    /// <summary>The Permanent Secretariat writes, changes or takes away the session's versions in other languages.</summary>
    /// <returns>Whether anything changed (calendars then get a new revision).</returns>
    public bool Retranslate(IReadOnlyList<SessionTranslation> translations, Actor by)
    {
        if (!by.IsIn(Roles.PermanentSecretariat))
        {
            throw new WorkflowException(WorkflowRefusal.NotAllowed);
        }

        static string Words(IEnumerable<SessionTranslation> all) =>
            string.Join("\n", all.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => $"{t.Language}\u0001{t.Title}\u0001{t.DescriptionMarkdown}"));
        if (Words(Translations) == Words(translations))
        {
            return false;
        }

        Translate(translations);
        Revision++;
        return true;
    }

    /// <summary>The versions in other languages, as a source gives them: added, changed or removed.</summary>
    public void Translate(IReadOnlyList<SessionTranslation> translations) => Publishing.Translations.Sync(Translations, translations);

    /// <summary>Grows by one with every change, so that calendars know which copy is newer.</summary>
    public int Revision { get; private set; }

    /// <summary>The public reason given with the latest change, if any; the session's calendar entry carries it.</summary>
    public string? LastChangeReason { get; private set; }

    /// <summary>The Permanent Secretariat changes the session's times, venue or status; the change is recorded for the public.</summary>
    /// <returns>The record of what changed, or null when nothing did.</returns>
    /// <param name="previousTitle">The title before a correction made with this change (<see cref="Describe"/>), to show it as changed too.</param>
    public ProgrammeChange? Reschedule(SessionSchedule schedule, Actor by, DateTime nowUtc, string? reason = null, string? previousTitle = null)
    {
        if (!by.IsIn(Roles.PermanentSecretariat))
        {
            throw new WorkflowException(WorkflowRefusal.NotAllowed);
        }

        if (schedule.EndUtc <= schedule.StartUtc)
        {
            throw new ArgumentException("A session must end after it starts.", nameof(schedule));
        }

        var before = new SessionSchedule(StartUtc, EndUtc, Venue, Status);
        var retitled = previousTitle is not null && previousTitle != Title;
        if (before == schedule && !retitled)
        {
            return null;
        }

        if (before != schedule)
        {
            StartUtc = schedule.StartUtc;
            EndUtc = schedule.EndUtc;
            Venue = schedule.Venue;
            Status = schedule.Status;
            Revision++;
        }

        var change = new ProgrammeChange(this, before, schedule, by.Name, nowUtc, reason, retitled ? previousTitle : null);
        LastChangeReason = change.Reason;
        return change;
    }

    /// <summary>
    /// The Permanent Secretariat takes a session off the programme. It is never deleted: the public has seen it, so it stays,
    /// marked cancelled, with the reason, on the programme, in calendars and at /programme/modifications.
    /// </summary>
    public ProgrammeChange Cancel(Actor by, DateTime nowUtc, string? reason)
    {
        if (Status == SessionStatus.Cancelled)
        {
            throw new WorkflowException(WorkflowRefusal.WrongState);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new WorkflowException(WorkflowRefusal.ReasonRequired);
        }

        return Reschedule(new SessionSchedule(StartUtc, EndUtc, Venue, SessionStatus.Cancelled), by, nowUtc, reason)!;
    }

    /// <summary>
    /// The Permanent Secretariat corrects what the session is: its title, kind and description, and whether it is a specimen.
    /// Calendars get the new revision; a new title is also a public change (see <see cref="Reschedule"/>).
    /// </summary>
    /// <returns>Whether anything changed.</returns>
    public bool Describe(SessionText text, Actor by)
    {
        if (!by.IsIn(Roles.PermanentSecretariat))
        {
            throw new WorkflowException(WorkflowRefusal.NotAllowed);
        }

        if (text == new SessionText(Title, Kind, DescriptionMarkdown, DescriptionHtml, IsSample))
        {
            return false;
        }

        Title = text.Title;
        Kind = text.Kind;
        DescriptionMarkdown = text.DescriptionMarkdown;
        DescriptionHtml = text.DescriptionHtml;
        IsSample = text.IsSample;
        Revision++;
        return true;
    }

    public void Apply(SessionDetails details)
    {
        if (details.EndUtc <= details.StartUtc)
        {
            throw new ArgumentException("A session must end after it starts.", nameof(details));
        }

        if (Id != 0 && details != Details())
        {
            Revision++;
        }

        Title = details.Title;
        Kind = details.Kind;
        StartUtc = details.StartUtc;
        EndUtc = details.EndUtc;
        Venue = details.Venue;
        DescriptionMarkdown = details.DescriptionMarkdown;
        DescriptionHtml = details.DescriptionHtml;
        Status = details.Status;
        IsSample = details.IsSample;
    }

    public SessionDetails Details() => new(
        Title, Kind, StartUtc, EndUtc, Venue, DescriptionMarkdown, DescriptionHtml, Status, IsSample);
}

/// <summary>The editable content of a session.</summary>
public sealed record SessionDetails(
    string Title,
    SessionKind Kind,
    DateTime StartUtc,
    DateTime EndUtc,
    string Venue,
    string DescriptionMarkdown,
    string DescriptionHtml,
    SessionStatus Status,
    bool IsSample);

/// <summary>What a session is, as the Permanent Secretariat may correct it.</summary>
public sealed record SessionText(string Title, SessionKind Kind, string DescriptionMarkdown, string DescriptionHtml, bool IsSample);

/// <summary>What the Permanent Secretariat may change in a published session.</summary>
public sealed record SessionSchedule(DateTime StartUtc, DateTime EndUtc, string Venue, SessionStatus Status);
