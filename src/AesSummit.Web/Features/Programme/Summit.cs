using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Programme;

/// <summary>An edition of the AES summits: a place, a time zone, dates, and its phases.</summary>
public sealed class Summit : IImported, IVersioned
{
    private Summit()
    {
    }

    public Summit(string slug, SummitDetails details)
    {
        Slug = slug;
        Apply(details);
    }

    public int Id { get; private set; }

    public string Slug { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string City { get; private set; } = string.Empty;

    public string Country { get; private set; } = string.Empty;

    /// <summary>IANA zone id of the host city (Africa/Bamako): times are shown in it.</summary>
    public string TimeZoneId { get; private set; } = string.Empty;

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public bool IsFeatured { get; private set; }

    public string SummaryMarkdown { get; private set; } = string.Empty;

    public string SummaryHtml { get; private set; } = string.Empty;

    public List<Phase> Phases { get; private set; } = [];

    public string? ImportFingerprint { get; private set; }

    public Guid Version { get; set; }

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public void Apply(SummitDetails details)
    {
        if (details.EndDate < details.StartDate)
        {
            throw new ArgumentException("A summit must end on or after the day it starts.", nameof(details));
        }

        Title = details.Title;
        City = details.City;
        Country = details.Country;
        TimeZoneId = details.TimeZoneId;
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        IsFeatured = details.IsFeatured;
        SummaryMarkdown = details.SummaryMarkdown;
        SummaryHtml = details.SummaryHtml;
    }

    public void MarkImported(string fingerprint) => ImportFingerprint = fingerprint;

    /// <summary>Everything a visitor sees of the edition, phases and sessions included.</summary>
    public string ComputeFingerprint() => Translations.Count == 0 && Phases.All(p => p.Translations.Count == 0)
        ? FingerprintWithoutTranslations()
        : Fingerprint.Of(new
        {
            Base = FingerprintWithoutTranslations(),
            Translations = Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new { t.Language, t.Title, t.TextMarkdown }),
            Phases = Phases.OrderBy(p => p.Slug, StringComparer.Ordinal)
                .Select(p => p.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new { p.Slug, t.Language, t.Title, t.Body, t.TextMarkdown })),
        });

    // Translations of summits and phases count only when there are some: a store imported before them keeps its fingerprint.
    private string FingerprintWithoutTranslations() => Fingerprint.Of(new
    {
        Details = new SummitDetails(Title, City, Country, TimeZoneId, StartDate, EndDate, IsFeatured, SummaryMarkdown, SummaryHtml),
        Phases = Phases.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new
        {
            p.Slug,
            Details = p.Details(),
            // Translations count only when there are some: a store imported before they existed keeps its fingerprint.
            Sessions = p.Sessions.OrderBy(s => s.Slug, StringComparer.Ordinal).Select(s => s.Translations.Count == 0
                ? (object)new { s.Slug, Details = s.Details() }
                : new
                {
                    s.Slug,
                    Details = s.Details(),
                    Translations = s.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new { t.Language, t.Title, t.DescriptionMarkdown }),
                }),
        }),
    });

    public IEnumerable<Session> AllSessions() => Phases.SelectMany(p => p.Sessions);

    /// <summary>The title and summary in other languages than the original's, one per language.</summary>
    public List<ProgrammeTranslation> Translations { get; private set; } = [];

    /// <summary>The words to show in <paramref name="language"/>: its version, or the original's (whose language says so).</summary>
    public ProgrammeWords WordsIn(string language) =>
        Translations.Find(t => t.Language == language) is { } t
            ? new ProgrammeWords(language, t.Title, string.Empty, t.TextHtml)
            : new ProgrammeWords(Publishing.ContentLanguage.Original, Title, string.Empty, SummaryHtml);

    /// <summary>The summit's versions in other languages, as a source gives them.</summary>
    public void Translate(IReadOnlyList<ProgrammeTranslation> translations) => Publishing.Translations.Sync(Translations, translations);

    /// <summary>Makes the phases and sessions those given, matched by slug so that kept sessions keep their identity.</summary>
    public void SyncProgramme(IReadOnlyList<PhaseDraft> phases)
    {
        Phases.RemoveAll(existing => phases.All(p => p.Slug != existing.Slug));
        foreach (var draft in phases)
        {
            var phase = Phases.Find(p => p.Slug == draft.Slug);
            if (phase is null)
            {
                phase = new Phase(draft.Slug, draft.Details);
                Phases.Add(phase);
            }
            else
            {
                phase.Apply(draft.Details);
            }

            Publishing.Translations.Sync(phase.Translations, draft.Translations ?? []);

            phase.Sessions.RemoveAll(existing => draft.Sessions.All(s => s.Slug != existing.Slug));
            foreach (var sessionDraft in draft.Sessions)
            {
                var session = phase.Sessions.Find(s => s.Slug == sessionDraft.Slug);
                if (session is null)
                {
                    phase.Sessions.Add(session = new Session(sessionDraft.Slug, sessionDraft.Details));
                }
                else
                {
                    session.Apply(sessionDraft.Details);
                }

                session.Translate(sessionDraft.Translations ?? []);
            }
        }
    }
}

/// <summary>A phase as a source describes it, with its sessions.</summary>
public sealed record PhaseDraft(string Slug, PhaseDetails Details, IReadOnlyList<SessionDraft> Sessions, IReadOnlyList<ProgrammeTranslation>? Translations = null);

/// <summary>A session as a source describes it.</summary>
public sealed record SessionDraft(string Slug, SessionDetails Details, IReadOnlyList<SessionTranslation>? Translations = null);

/// <summary>The editable content of a summit, without its phases.</summary>
public sealed record SummitDetails(
    string Title,
    string City,
    string Country,
    string TimeZoneId,
    DateOnly StartDate,
    DateOnly EndDate,
    bool IsFeatured,
    string SummaryMarkdown,
    string SummaryHtml);
