using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Media;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;

namespace AesSummit.Web.Features.Discovery;

/// <summary>
/// schema.org JSON-LD for search engines: <c>WebSite</c> and <c>Organization</c> on the home page, <c>Event</c> for a summit and
/// its sessions, <c>NewsArticle</c> for an article, <c>Legislation</c> for an official text.
/// </summary>
public static class StructuredData
{
    public const string OrganizerName = "Confédération des États du Sahel";

    private const int MaxDescriptionLength = 300;

    private static readonly string[] MemberStates = ["Burkina Faso", "Mali", "Niger"];

    // The encoder escapes <, > and &, so nothing in the data can close the script element it is written into.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The data as JSON, without the properties that have no value (a dictionary's null entries included).</summary>
    public static string Serialize(Dictionary<string, object?> data) => JsonSerializer.Serialize(WithoutNulls(data), Options);

    private static object? WithoutNulls(object? value) => value switch
    {
        Dictionary<string, object?> map => map.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => WithoutNulls(p.Value)),
        IEnumerable<object> items => items.Select(WithoutNulls).ToList(),
        _ => value,
    };

    /// <summary>
    /// The summit as an <c>Event</c>; with its sessions as <c>subEvent</c>s when <paramref name="withSessions"/>, a moved one
    /// naming the start it had before (<paramref name="previousStarts"/>, by session id).
    /// </summary>
    public static Dictionary<string, object?> SummitEvent(Summit summit, string site, bool withSessions, IReadOnlyDictionary<int, DateTime>? previousStarts = null)
    {
        var zone = summit.TimeZone;
        // The page's language: its words where the summit has them, else the original's.
        var language = CultureInfo.CurrentUICulture.Name;
        var words = summit.WordsIn(language);
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = words.Title,
            ["description"] = words.Language == language && words.Language != Publishing.ContentLanguage.Original
                ? summit.Translations.Find(t => t.Language == language)!.TextMarkdown.Trim()
                : Description(summit.SummaryMarkdown, $"{summit.Title}, {summit.City}"),
            ["url"] = $"{site}/sommets/{summit.Slug}",
            ["startDate"] = summit.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["endDate"] = summit.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
            ["inLanguage"] = language,
            ["location"] = Place(summit.City, summit),
            ["organizer"] = Organization(site),
        };
        if (withSessions)
        {
            data["subEvent"] = summit.Phases.OrderBy(p => p.Position)
                .SelectMany(p => p.Sessions.OrderBy(s => s.StartUtc))
                .Select(s => new Dictionary<string, object?>
                {
                    ["@type"] = "Event",
                    ["name"] = s.WordsIn(language).Title,
                    ["description"] = Description(s.WordsIn(language).DescriptionMarkdown, $"{s.WordsIn(language).Title}, {s.Venue}"),
                    ["url"] = $"{site}/sommets/{summit.Slug}/programme#session-{s.Slug}",
                    ["startDate"] = Local(s.StartUtc, zone),
                    ["previousStartDate"] = previousStarts?.TryGetValue(s.Id, out var previous) == true ? Local(previous, zone) : null,
                    ["endDate"] = Local(s.EndUtc, zone),
                    ["eventStatus"] = s.Status switch
                    {
                        SessionStatus.Cancelled => "https://schema.org/EventCancelled",
                        SessionStatus.Postponed => "https://schema.org/EventPostponed",
                        SessionStatus.Changed => "https://schema.org/EventRescheduled",
                        _ => "https://schema.org/EventScheduled",
                    },
                    ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
                    ["location"] = Place(s.Venue, summit),
                    ["organizer"] = Organization(site),
                })
                .ToList();
        }

        return data;
    }

    /// <param name="updatedAtUtc">The latest validated correction, if any: the article's <c>dateModified</c>.</param>
    public static Dictionary<string, object?> NewsArticle(Article article, string site, DateTime? updatedAtUtc = null)
    {
        var url = $"{site}/journal/{article.Slug}";
        return new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["description"] = article.Summary,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["inLanguage"] = article.Language,
            ["datePublished"] = Utc(article.PublishedAtUtc),
            ["dateModified"] = Utc(updatedAtUtc ?? article.ValidatedAtUtc ?? article.PublishedAtUtc),
            ["author"] = Organization(site),
            ["publisher"] = Organization(site),
            ["image"] = article.LeadImage is { } lead ? Image(lead, site) : null,
        };
    }

    /// <summary>An article's image as an <c>ImageObject</c>: its largest JPEG, with its caption and credit.</summary>
    private static Dictionary<string, object?> Image(ArticleImage image, string site) => new()
    {
        ["@type"] = "ImageObject",
        ["url"] = site + MediaEndpoints.PublicUrl(image.LargestJpeg),
        ["width"] = image.LargestJpeg.Width,
        ["height"] = image.LargestJpeg.Height,
        ["caption"] = image.Caption.Length > 0 ? image.Caption : null,
        ["creditText"] = image.Credit.Length > 0 ? image.Credit : null,
    };

    /// <summary>The home page: the portal as a <c>WebSite</c> searchable at <c>/recherche</c>, and the Confederation behind it.</summary>
    public static Dictionary<string, object?> Home(string site, string siteName) => new()
    {
        ["@context"] = "https://schema.org",
        ["@graph"] = new object[]
        {
            new Dictionary<string, object?>
            {
                ["@type"] = "WebSite",
                ["@id"] = $"{site}/#site",
                ["name"] = siteName,
                ["url"] = $"{site}/",
                ["inLanguage"] = CultureInfo.CurrentUICulture.Name,
                ["publisher"] = new Dictionary<string, object?> { ["@id"] = $"{site}/#organization" },
                ["potentialAction"] = new Dictionary<string, object?>
                {
                    ["@type"] = "SearchAction",
                    ["target"] = new Dictionary<string, object?>
                    {
                        ["@type"] = "EntryPoint",
                        ["urlTemplate"] = $"{site}/recherche?q={{search_term_string}}",
                    },
                    ["query-input"] = "required name=search_term_string",
                },
            },
            new Dictionary<string, object?>(Organization(site))
            {
                ["@id"] = $"{site}/#organization",
                ["alternateName"] = "AES",
                ["areaServed"] = MemberStates
                    .Select(country => new Dictionary<string, object?> { ["@type"] = "Country", ["name"] = country }).ToList(),
            },
        },
    };

    /// <summary>An official text as schema.org <c>Legislation</c>, with its current file and that file's SHA-256.</summary>
    public static Dictionary<string, object?> Legislation(OfficialText text, string site)
    {
        var url = $"{site}/textes/{text.Slug}";
        var file = text.CurrentFile;
        return new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Legislation",
            ["name"] = text.WordsIn(CultureInfo.CurrentUICulture.Name).Title,
            ["description"] = text.WordsIn(CultureInfo.CurrentUICulture.Name).Summary,
            ["url"] = url,
            ["legislationIdentifier"] = text.Reference,
            ["legislationDate"] = text.AdoptedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["legislationPassedBy"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = text.AdoptingBody },
            ["inLanguage"] = text.Language,
            ["publisher"] = Organization(site),
            ["encoding"] = file is null || text.Status == PublicationStatus.Withdrawn ? null : new Dictionary<string, object?>
            {
                ["@type"] = "MediaObject",
                ["contentUrl"] = $"{url}/telecharger",
                ["encodingFormat"] = file.MediaType,
                ["contentSize"] = file.SizeBytes.ToString(CultureInfo.InvariantCulture),
                ["sha256"] = file.Sha256,
                ["version"] = file.Number.ToString(CultureInfo.InvariantCulture),
            },
        };
    }

    private static Dictionary<string, object?> Organization(string site) => new()
    {
        ["@type"] = "Organization",
        ["name"] = OrganizerName,
        ["url"] = site + "/confederation",
    };

    /// <summary>The first words of a Markdown text as plain text, or <paramref name="fallback"/> when it is empty.</summary>
    private static string Description(string markdown, string fallback)
    {
        var text = string.Join(' ', Markdig.Markdown.ToPlainText(markdown).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? fallback : text.Length <= MaxDescriptionLength ? text : string.Concat(text.AsSpan(0, MaxDescriptionLength - 1).TrimEnd(), "…");
    }

    private static Dictionary<string, object?> Place(string name, Summit summit) => new()
    {
        ["@type"] = "Place",
        ["name"] = name,
        ["address"] = new Dictionary<string, object?>
        {
            ["@type"] = "PostalAddress",
            ["addressLocality"] = summit.City,
            ["addressCountry"] = summit.Country,
        },
    };

    private static string Local(DateTime utc, TimeZoneInfo zone) =>
        new DateTimeOffset(SummitTime.ToLocal(utc, zone), zone.GetUtcOffset(utc)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string? Utc(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
