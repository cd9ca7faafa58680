namespace AesSummit.Web.Features.Programme;

/// <summary>A stage of a summit (experts, ministers, heads of state) spanning whole local days.</summary>
public sealed class Phase
{
    private Phase()
    {
    }

    public Phase(string slug, PhaseDetails details)
    {
        Slug = slug;
        Apply(details);
    }

    public int Id { get; private set; }

    public int SummitId { get; private set; }

    public string Slug { get; private set; } = string.Empty;

    public int Position { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>Who sits in this phase (experts, ministers, heads of state).</summary>
    public string Body { get; private set; } = string.Empty;

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public string DescriptionMarkdown { get; private set; } = string.Empty;

    public string DescriptionHtml { get; private set; } = string.Empty;

    public List<Session> Sessions { get; private set; } = [];

    /// <summary>The title, body and description in other languages than the original's, one per language.</summary>
    public List<ProgrammeTranslation> Translations { get; private set; } = [];

    /// <summary>The words to show in <paramref name="language"/>: its version, or the original's (whose language says so).</summary>
    public ProgrammeWords WordsIn(string language) =>
        Translations.Find(t => t.Language == language) is { } t
            ? new ProgrammeWords(language, t.Title, t.Body, t.TextHtml)
            : new ProgrammeWords(Publishing.ContentLanguage.Original, Title, Body, DescriptionHtml);

    public void Apply(PhaseDetails details)
    {
        if (details.EndDate < details.StartDate)
        {
            throw new ArgumentException("A phase must end on or after the day it starts.", nameof(details));
        }

        Position = details.Position;
        Title = details.Title;
        Body = details.Body;
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        DescriptionMarkdown = details.DescriptionMarkdown;
        DescriptionHtml = details.DescriptionHtml;
    }

    public PhaseDetails Details() =>
        new(Position, Title, Body, StartDate, EndDate, DescriptionMarkdown, DescriptionHtml);

    /// <summary>À venir before its first local day, en cours during its days, terminée after them.</summary>
    public PhaseState StateAt(DateTimeOffset now, TimeZoneInfo zone)
    {
        var (startUtc, endUtc) = BoundsUtc(zone);
        var nowUtc = now.UtcDateTime;
        return nowUtc < startUtc ? PhaseState.Upcoming
            : nowUtc < endUtc ? PhaseState.Ongoing
            : PhaseState.Finished;
    }

    /// <summary>The instants the phase's state changes: midnight of its first day and after its last, in the edition's zone.</summary>
    public IEnumerable<DateTime> BoundariesUtc(TimeZoneInfo zone)
    {
        var (start, end) = BoundsUtc(zone);
        return [start, end];
    }

    private (DateTime StartUtc, DateTime EndUtc) BoundsUtc(TimeZoneInfo zone) =>
        (SummitTime.StartOfDayUtc(StartDate, zone), SummitTime.StartOfDayUtc(EndDate.AddDays(1), zone));
}

/// <summary>The editable content of a phase.</summary>
public sealed record PhaseDetails(
    int Position,
    string Title,
    string Body,
    DateOnly StartDate,
    DateOnly EndDate,
    string DescriptionMarkdown,
    string DescriptionHtml);
