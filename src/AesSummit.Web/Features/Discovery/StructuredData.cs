using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;

namespace AesSummit.Web.Features.Discovery;

/// <summary>schema.org JSON-LD for search engines: <c>Event</c> for a summit and its sessions, <c>NewsArticle</c> for an article.</summary>
public static class StructuredData
{
    public const string OrganizerName = "Confédération des États du Sahel";

    // The encoder escapes <, > and &, so nothing in the data can close the script element it is written into.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(Dictionary<string, object?> data) => JsonSerializer.Serialize(data, Options);

    /// <summary>The summit as an <c>Event</c>; with its sessions as <c>subEvent</c>s when <paramref name="withSessions"/>.</summary>
    public static Dictionary<string, object?> SummitEvent(Summit summit, string site, bool withSessions)
    {
        var zone = summit.TimeZone;
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = summit.Title,
            ["url"] = $"{site}/sommets/{summit.Slug}",
            ["startDate"] = summit.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["endDate"] = summit.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
            ["inLanguage"] = "fr",
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
                    ["name"] = s.Title,
                    ["url"] = $"{site}/sommets/{summit.Slug}/programme#session-{s.Slug}",
                    ["startDate"] = Local(s.StartUtc, zone),
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
                })
                .ToList();
        }

        return data;
    }

    public static Dictionary<string, object?> NewsArticle(Article article, string site)
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
            ["inLanguage"] = "fr",
            ["datePublished"] = Utc(article.PublishedAtUtc),
            ["dateModified"] = Utc(article.ValidatedAtUtc ?? article.PublishedAtUtc),
            ["author"] = Organization(site),
            ["publisher"] = Organization(site),
        };
    }

    private static Dictionary<string, object?> Organization(string site) => new()
    {
        ["@type"] = "Organization",
        ["name"] = OrganizerName,
        ["url"] = site + "/confederation",
    };

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
