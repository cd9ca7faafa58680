using System.Globalization;
using AesSummit.Web.Features.Discovery;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Caching;

namespace AesSummit.Web.Features.Programme;

/// <summary><c>/programme.json</c> and <c>/sommets/{slug}/programme.json</c>: a summit's phases and sessions as data, times in ISO 8601 with their offset.</summary>
public static class ProgrammeJson
{
    public static IEndpointRouteBuilder MapProgrammeJson(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPublicGet("/programme.json", async (HttpContext context, ProgrammeQueries programme) =>
            Write(context, await programme.FeaturedAsync(context.RequestAborted)))
            .CachePublicly(CacheTags.Programme);
        endpoints.MapPublicGet("/sommets/{slug}/programme.json", async (HttpContext context, ProgrammeQueries programme, string slug) =>
            Write(context, await programme.WithProgrammeAsync(slug, context.RequestAborted)))
            .CachePublicly(CacheTags.Programme);
        return endpoints;
    }

    private static IResult Write(HttpContext context, Summit? summit)
    {
        if (summit is null)
        {
            return Results.NotFound();
        }

        var site = context.LanguageUrl();
        var zone = summit.TimeZone;
        string Local(DateTime utc) =>
            new DateTimeOffset(SummitTime.ToLocal(utc, zone), zone.GetUtcOffset(utc)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

        return Results.Json(new
        {
            slug = summit.Slug,
            title = summit.WordsIn(CultureInfo.CurrentUICulture.Name).Title,
            city = summit.City,
            country = summit.Country,
            timeZone = summit.TimeZoneId,
            startDate = summit.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            endDate = summit.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            url = $"{site}/sommets/{summit.Slug}/programme",
            phases = summit.Phases.OrderBy(p => p.Position).Select(p => new
            {
                slug = p.Slug,
                title = p.WordsIn(CultureInfo.CurrentUICulture.Name).Title,
                body = p.WordsIn(CultureInfo.CurrentUICulture.Name).Body,
                startDate = p.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                endDate = p.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                sessions = p.Sessions.OrderBy(s => s.StartUtc).Select(s => (Session: s, Words: s.WordsIn(CultureInfo.CurrentUICulture.Name))).Select(x => new
                {
                    slug = x.Session.Slug,
                    title = x.Words.Title,
                    // The language of the title: the request's, or the original's when the session has no version in it yet.
                    titleLanguage = x.Words.Language,
                    kind = EnumSlugs<SessionKind>.ToSlug(x.Session.Kind),
                    status = EnumSlugs<SessionStatus>.ToSlug(x.Session.Status),
                    start = Local(x.Session.StartUtc),
                    end = Local(x.Session.EndUtc),
                    venue = x.Session.Venue,
                    sample = x.Session.IsSample,
                    revision = x.Session.Revision,
                    url = $"{site}/sommets/{summit.Slug}/programme#session-{x.Session.Slug}",
                }),
            }),
        });
    }
}
