using Microsoft.AspNetCore.Localization;

namespace AesSummit.Web.Infrastructure.Languages;

/// <summary>
/// The language is the address: <c>/en/programme</c> is <c>/programme</c> in English. The prefix becomes the request's path base,
/// so that every page, link (<c>~/</c>), redirect and endpoint below works unchanged in each language, and the culture is
/// set from it alone (never from the browser's Accept-Language: a cached page answers the same to everyone).
/// </summary>
public static class LanguagePrefix
{
    private static readonly object LanguageKey = new();

    /// <summary>Moves a language prefix into the path base; the default language has none.</summary>
    public static IApplicationBuilder UseLanguagePrefix(this IApplicationBuilder app)
    {
        var languages = app.ApplicationServices.GetRequiredService<PortalLanguages>();
        // Read now, so that a configured language without its resource file stops the start rather than a first request.
        _ = app.ApplicationServices.GetRequiredService<ResourceFileLocalizerFactory>();
        return app.Use(async (context, next) =>
        {
            foreach (var code in languages.Prefixed)
            {
                if (context.Request.Path.StartsWithSegments("/" + code, StringComparison.Ordinal, out var rest))
                {
                    var (pathBase, path) = (context.Request.PathBase, context.Request.Path);
                    context.Request.PathBase = pathBase.Add("/" + code);
                    context.Request.Path = rest.HasValue ? rest : "/";
                    context.Items[LanguageKey] = code;
                    try
                    {
                        await next();
                    }
                    finally
                    {
                        (context.Request.PathBase, context.Request.Path) = (pathBase, path);
                    }

                    return;
                }
            }

            await next();
        });
    }

    /// <summary>The request's culture: its prefix's language, or the default one.</summary>
    public static RequestCultureProvider CultureProvider(PortalLanguages languages) =>
        new CustomRequestCultureProvider(context =>
            Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(context.Items[LanguageKey] as string ?? languages.Default)));
}
