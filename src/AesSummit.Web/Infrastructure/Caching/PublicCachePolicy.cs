using System.Globalization;
using AesSummit.Web.Features.Accounts;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AesSummit.Web.Infrastructure.Caching;

/// <summary>
/// The output cache of the public site. An answer is cached only for an anonymous GET or HEAD that ends in 200 without setting
/// a cookie (so never a page with an antiforgery form, never a signed-in person's page); it is kept per compression, as sent,
/// so that a hit costs no compression; and it never outlives the next scheduled publication or phase boundary.
/// </summary>
public sealed class PublicCachePolicy(PublicMoments moments, PublicCacheEviction eviction, TimeProvider clock, IOptions<CachingOptions> options) : IOutputCachePolicy
{
    /// <summary>
    /// The longest an answer is kept; any change to what it shows evicts it sooner. Short enough to bound what no eviction
    /// reaches: a change made by another process (the <c>import</c> command) while the portal runs.
    /// </summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private const string MomentKey = "moment";

    private static readonly object GenerationKey = new();

    private static readonly object NextMomentKey = new();

    /// <summary>Set, with the next moment, on an answer the cache served or stored: one any anonymous visitor may be given.</summary>
    private static readonly object ShareableUntilKey = new();

    /// <summary>Whether the public cache was asked for this request's answer (a public page, anonymous), whatever it then did.</summary>
    public static bool WasConsulted(HttpContext context) => context.Items.ContainsKey(NextMomentKey);

    /// <summary>Whether this request's answer came from, or went into, the public cache; and until when it holds.</summary>
    public static bool IsShareable(HttpContext context, out DateTime nextMoment)
    {
        nextMoment = context.Items.TryGetValue(ShareableUntilKey, out var value) && value is DateTime next ? next : default;
        return nextMoment != default;
    }

    /// <summary>
    /// A request from nobody signed in, told before authentication runs: no credentials, no session cookie (a stale one counts
    /// too: such a visitor is simply not served from the cache). The public cache and its ready copies share this one rule.
    /// </summary>
    public static bool IsAnonymous(HttpRequest request) =>
        StringValues.IsNullOrEmpty(request.Headers.Authorization)
        && !request.Cookies.ContainsKey(AccountCookies.Session)
        && request.HttpContext.User.Identity?.IsAuthenticated != true;

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var attempt = options.Value.Enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && IsAnonymous(request);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = "Accept-Encoding";
        if (!attempt)
        {
            return;
        }

        // Noted before anything is read: a change that begins during the rendering keeps the answer out of the cache.
        context.HttpContext.Items[GenerationKey] = eviction.Generation;

        // Answers made before the next scheduled moment are never served after it: the moment is part of the key.
        var next = await moments.NextAsync(cancellation);
        context.CacheVaryByRules.VaryByValues[MomentKey] = next.Ticks.ToString(CultureInfo.InvariantCulture);
        context.HttpContext.Items[NextMomentKey] = next;
        var untilNext = next - clock.GetUtcNow().UtcDateTime;
        context.ResponseExpirationTimeSpan = untilNext < MaxAge ? untilNext : MaxAge;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        MarkShareable(context.HttpContext);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (!StringValues.IsNullOrEmpty(response.Headers.SetCookie) || response.StatusCode != StatusCodes.Status200OK
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase) || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
            || context.HttpContext.Items[GenerationKey] is not long seen || seen != eviction.Generation)
        {
            context.AllowCacheStorage = false;
        }
        else if (context.AllowCacheStorage)
        {
            MarkShareable(context.HttpContext);
        }

        return ValueTask.CompletedTask;
    }

    private static void MarkShareable(HttpContext context)
    {
        if (context.Items.TryGetValue(NextMomentKey, out var next))
        {
            context.Items[ShareableUntilKey] = next;
        }
    }
}

/// <summary>
/// Puts a page or an endpoint under <see cref="PublicCachePolicy"/>, tagged with what it shows. The output cache reads it as
/// the endpoint's policy; the ETag middleware reads it to tag the answer before it is written.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PubliclyCachedAttribute(params string[] tags) : Attribute, IOutputCachePolicy
{
    public IReadOnlyList<string> Tags { get; } = tags;

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        await Policy(context).CacheRequestAsync(context, cancellationToken);
        foreach (var tag in Tags)
        {
            context.Tags.Add(tag);
        }
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) =>
        Policy(context).ServeFromCacheAsync(context, cancellationToken);

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken) =>
        Policy(context).ServeResponseAsync(context, cancellationToken);

    private static PublicCachePolicy Policy(OutputCacheContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<PublicCachePolicy>();
}

/// <summary>The public cache's endpoints and the ETag of what it stores.</summary>
public static class PublicCacheEndpoints
{
    /// <summary>Puts a minimal-API endpoint (feed, calendar, JSON, sitemap, archive) under the public cache.</summary>
    public static TBuilder CachePublicly<TBuilder>(this TBuilder endpoint, params string[] tags)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new PubliclyCachedAttribute(tags));

    /// <summary>
    /// Gives each answer that may be stored a weak ETag of its own, before it is written, so that the cache keeps it with the
    /// answer: the same stored answer, the same tag (a repeat visit gets 304); a new answer after any change, a new tag.
    /// Runs inside the output cache: a hit never reaches it.
    /// </summary>
    public static IApplicationBuilder UsePublicETags(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                && context.GetEndpoint()?.Metadata.GetMetadata<PubliclyCachedAttribute>() is not null
                && context.User.Identity?.IsAuthenticated != true)
            {
                context.Response.Headers.ETag = $"W/\"{Guid.NewGuid():N}\"";
            }

            return next(context);
        });
}
