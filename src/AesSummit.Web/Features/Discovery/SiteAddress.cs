using Microsoft.Extensions.Options;

namespace AesSummit.Web.Features.Discovery;

/// <summary>Absolute addresses of the portal's pages, from <see cref="SiteOptions.PublicUrl"/> or else from the request.</summary>
public static class SiteAddress
{
    /// <summary>The site's origin, without a trailing slash: <c>https://sommets.example.org</c>.</summary>
    public static string SiteUrl(this HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.PublicUrl;
        return string.IsNullOrEmpty(configured)
            ? $"{context.Request.Scheme}://{context.Request.Host}"
            : configured.TrimEnd('/');
    }

    /// <summary>The site in the request's language: <c>https://sommets.example.org/en</c> for English, the origin for the default one.</summary>
    public static string LanguageUrl(this HttpContext context) => context.SiteUrl() + context.Request.PathBase.ToUriComponent();

    /// <summary>A page of the site, in the request's language.</summary>
    public static string AbsoluteUrl(this HttpContext context, string path) => context.LanguageUrl() + path;
}
