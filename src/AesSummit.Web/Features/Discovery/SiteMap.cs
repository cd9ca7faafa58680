using System.Globalization;
using System.Text;
using System.Xml.Linq;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Features.Discovery;

/// <summary>
/// <c>/sitemap.xml</c> of every public URL (an index of <c>/sitemap-N.xml</c> parts past the protocol's 50 000 URLs a file)
/// and <c>/robots.txt</c> pointing to it, keeping the back-office out.
/// </summary>
public static class SiteMap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSiteMap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPublicGet("/robots.txt", (HttpContext context) =>
            Results.Text(
                $"User-agent: *\nDisallow: /gestion\nDisallow: /compte\nSitemap: {context.SiteUrl()}/sitemap.xml\n",
                "text/plain; charset=utf-8"));
        endpoints.MapPublicGet("/sitemap.xml", WriteAsync)
            .CachePublicly(CacheTags.Journal, CacheTags.Texts, CacheTags.Programme, CacheTags.Pages);
        endpoints.MapPublicGet("/sitemap-{part:int}.xml", WritePartAsync)
            .CachePublicly(CacheTags.Journal, CacheTags.Texts, CacheTags.Programme, CacheTags.Pages);
        return endpoints;
    }

    /// <summary>The whole list when it fits in one sitemap; past the protocol's limit, an index of numbered parts.</summary>
    private static async Task<IResult> WriteAsync(HttpContext context, ProgrammeQueries programme, ArticleQueries articles, TextQueries texts, IOptions<SiteOptions> options)
    {
        var site = context.SiteUrl();
        var urls = await UrlsAsync(programme, articles, texts, context.RequestAborted);
        var perSitemap = options.Value.SitemapMaxUrls;
        if (urls.Count <= perSitemap)
        {
            return Xml(UrlSet(site, urls));
        }

        var parts = (urls.Count + perSitemap - 1) / perSitemap;
        return Xml(new XElement(Ns + "sitemapindex", Enumerable.Range(1, parts).Select(n =>
            new XElement(Ns + "sitemap", new XElement(Ns + "loc", $"{site}/sitemap-{n}.xml")))));
    }

    /// <summary>One numbered part of a sitemap too long for one file.</summary>
    private static async Task<IResult> WritePartAsync(HttpContext context, ProgrammeQueries programme, ArticleQueries articles, TextQueries texts, IOptions<SiteOptions> options, int part)
    {
        var urls = await UrlsAsync(programme, articles, texts, context.RequestAborted);
        var perSitemap = options.Value.SitemapMaxUrls;
        var parts = (urls.Count + perSitemap - 1) / perSitemap;
        return urls.Count <= perSitemap || part < 1 || part > parts
            ? Results.NotFound()
            : Xml(UrlSet(context.SiteUrl(), urls.Skip((part - 1) * perSitemap).Take(perSitemap)));
    }

    private static async Task<List<(string Path, DateTime? Modified)>> UrlsAsync(ProgrammeQueries programme, ArticleQueries articles, TextQueries texts, CancellationToken cancel)
    {
        var urls = new List<(string Path, DateTime? Modified)>
        {
            ("/", null), ("/programme/modifications", null), ("/sommets", null),
            ("/journal", null), ("/textes", null), ("/textes/verifier", null), ("/confederation", null), ("/mediatheque", null),
        };
        foreach (var summit in await programme.AllAsync(cancel))
        {
            urls.Add(($"/sommets/{summit.Slug}", null));
            urls.Add(($"/sommets/{summit.Slug}/programme", null));
        }

        urls.AddRange((await articles.VisibleSlugsAsync(cancel)).Select(a => ($"/journal/{a.Slug}", (DateTime?)a.PublishedAtUtc)));
        urls.AddRange((await texts.VisibleSlugsAsync(cancel)).Select(t => ($"/textes/{t.Slug}", t.ModifiedUtc)));
        return urls;
    }

    private static XElement UrlSet(string site, IEnumerable<(string Path, DateTime? Modified)> urls) =>
        new(Ns + "urlset", urls.Select(u => new XElement(Ns + "url",
            new XElement(Ns + "loc", site + u.Path),
            u.Modified is { } modified ? new XElement(Ns + "lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null)));

    private static IResult Xml(XElement root) =>
        Results.Text(new XDeclaration("1.0", "utf-8", null) + "\n" + root, "application/xml; charset=utf-8", Encoding.UTF8);
}
