namespace AesSummit.Web.Infrastructure;

/// <summary>How the public files (feeds, calendars, data, sitemap, archives) are mapped: every one answers HEAD as it answers GET.</summary>
public static class PublicEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// Maps a public GET that also answers HEAD (Razor Pages do so by themselves; minimal endpoints do not): a client checking
    /// a feed's or a calendar's headers gets the same status and headers, without the body, which the server never sends to HEAD.
    /// </summary>
    public static RouteHandlerBuilder MapPublicGet(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) =>
        endpoints.MapMethods(pattern, GetAndHead, handler);
}
