using System.Text;
using AesSummit.Web.Features.Discovery;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Caching;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Features.Programme;

/// <summary>iCalendar (RFC 5545) files of the programme, written by Ical.Net: a whole summit, or one session.</summary>
public static class ProgrammeCalendar
{
    public const string MediaType = "text/calendar; charset=utf-8";

    /// <summary>Who made the calendar (RFC 5545's formal public identifier): the portal, not the library that wrote it.</summary>
    public const string ProductId = "-//Confédération des États du Sahel//Portail des sommets//FR";

    /// <summary>The domain part of every UID: fixed, so that a session keeps its UID whatever host name serves the portal.</summary>
    private const string UidDomain = "sommets.confederation-aes";

    public static IEndpointRouteBuilder MapProgrammeCalendar(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPublicGet("/programme.ics", async (HttpContext context, ProgrammeQueries programme, IStringLocalizer<SharedResource> localizer, TimeProvider clock) =>
            Write(context, localizer, clock, await programme.FeaturedAsync(context.RequestAborted), sessionSlug: null))
            .CachePublicly(CacheTags.Programme);
        endpoints.MapPublicGet("/sommets/{slug}/programme.ics", async (HttpContext context, ProgrammeQueries programme, IStringLocalizer<SharedResource> localizer, TimeProvider clock, string slug) =>
            Write(context, localizer, clock, await programme.WithProgrammeAsync(slug, context.RequestAborted), sessionSlug: null))
            .CachePublicly(CacheTags.Programme);
        endpoints.MapPublicGet("/sommets/{slug}/seances/{session}.ics", async (HttpContext context, ProgrammeQueries programme, IStringLocalizer<SharedResource> localizer, TimeProvider clock, string slug, string session) =>
            Write(context, localizer, clock, await programme.WithProgrammeAsync(slug, context.RequestAborted), session))
            .CachePublicly(CacheTags.Programme);
        return endpoints;
    }

    /// <summary>The address of one session's calendar file.</summary>
    public static string SessionPath(string summitSlug, string sessionSlug) => $"/sommets/{summitSlug}/seances/{sessionSlug}.ics";

    /// <summary>A session's UID: the same in every file and every download, so that calendars update the event rather than add one.</summary>
    public static string Uid(string summitSlug, string sessionSlug) => $"{summitSlug}.{sessionSlug}@{UidDomain}";

    private static IResult Write(HttpContext context, IStringLocalizer<SharedResource> localizer, TimeProvider clock, Summit? summit, string? sessionSlug)
    {
        if (summit is null)
        {
            return Results.NotFound();
        }

        var sessions = summit.Phases.OrderBy(p => p.Position)
            .SelectMany(p => p.Sessions.OrderBy(s => s.StartUtc).ThenBy(s => s.Slug, StringComparer.Ordinal).Select(s => (Phase: p, Session: s)))
            .Where(x => sessionSlug is null || x.Session.Slug == sessionSlug)
            .ToList();
        if (sessionSlug is not null && sessions.Count == 0)
        {
            return Results.NotFound();
        }

        var site = context.LanguageUrl();
        var contactEmail = context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.ContactEmail;
        // RFC 5546: every event a METHOD:PUBLISH calendar carries names its organizer.
        var organizer = new Organizer
        {
            Value = new Uri(string.IsNullOrEmpty(contactEmail) ? $"{site}/confederation" : $"mailto:{contactEmail}"),
            CommonName = localizer["Feed.Author"].Value,
        };
        var calendar = new Calendar { Method = "PUBLISH", ProductId = ProductId };
        var language = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var summitTitle = summit.WordsIn(language).Title;
        calendar.AddProperty("X-WR-CALNAME", sessionSlug is null ? summitTitle : $"{summitTitle} · {sessions[0].Session.WordsIn(language).Title}");
        calendar.AddProperty("X-WR-TIMEZONE", summit.TimeZoneId);
        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var (phase, session) in sessions)
        {
            var calendarEvent = ToEvent(summit, phase, session, site, stamp, localizer);
            calendarEvent.Organizer = organizer;
            calendar.Events.Add(calendarEvent);
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        var fileName = sessionSlug is null ? $"programme-{summit.Slug}.ics" : $"{summit.Slug}-{sessionSlug}.ics";
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        return Results.Text(text, MediaType, Encoding.UTF8);
    }

    private static CalendarEvent ToEvent(Summit summit, Phase phase, Session session, string site, CalDateTime stamp, IStringLocalizer<SharedResource> localizer)
    {
        var description = new StringBuilder();
        if (session.IsSample)
        {
            description.AppendLine(localizer["Calendar.SampleNotice"].Value).AppendLine();
        }

        // The session's words in the calendar's language, or its original's.
        var words = session.WordsIn(System.Globalization.CultureInfo.CurrentUICulture.Name);
        description.AppendLine(phase.WordsIn(System.Globalization.CultureInfo.CurrentUICulture.Name).Title);
        if (!string.IsNullOrWhiteSpace(words.DescriptionMarkdown))
        {
            description.AppendLine().AppendLine(words.DescriptionMarkdown.Trim());
        }

        if (session.LastChangeReason is { } why)
        {
            description.AppendLine().AppendLine(localizer["Changes.Reason", why].Value);
        }

        var url = $"{site}/sommets/{summit.Slug}/programme#session-{session.Slug}";
        description.AppendLine().Append(url);

        var summary = session.Status switch
        {
            SessionStatus.Cancelled => localizer["Calendar.CancelledPrefix", words.Title].Value,
            SessionStatus.Postponed => localizer["Calendar.PostponedPrefix", words.Title].Value,
            _ => words.Title,
        };

        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(summit.Slug, session.Slug),
            Sequence = session.Revision,
            Summary = summary,
            Description = description.ToString(),
            Location = $"{session.Venue}, {summit.City}, {summit.Country}",
            DtStamp = stamp,
            // UTC times: exact in every reader's zone, with no VTIMEZONE to get wrong.
            DtStart = new CalDateTime(DateTime.SpecifyKind(session.StartUtc, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(session.EndUtc, DateTimeKind.Utc)),
            Url = new Uri(url),
            Status = session.Status switch
            {
                SessionStatus.Cancelled => EventStatus.Cancelled,
                SessionStatus.Postponed => EventStatus.Tentative,
                _ => EventStatus.Confirmed,
            },
        };
        calendarEvent.Categories.Add(localizer[$"SessionKind.{session.Kind}"].Value);
        return calendarEvent;
    }
}
