using System.Globalization;
using System.Text;
using System.Xml.Linq;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Caching;
using AesSummit.Web.Infrastructure.Languages;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Features.Discovery;

/// <summary>
/// <c>/sitemap.xml</c> of every public URL in every language, each with its <c>xhtml:link</c> alternates (an index of
/// <c>/sitemap-N.xml</c> parts past the protocol's 50 000 URLs a file) and <c>/robots.txt</c> pointing to it, keeping the
/// back-office out.
/// </summary>
public static class SiteMap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

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
    private static async Task<IResult> WriteAsync(HttpContext context, ProgrammeQueries programme, ArticleQueries articles, TextQueries texts, PortalLanguages languages, IOptions<SiteOptions> options)
    {
        var site = context.SiteUrl();
        var urls = await UrlsAsync(programme, articles, texts, languages, context.RequestAborted);
        var perSitemap = options.Value.SitemapMaxUrls;
        if (urls.Count <= perSitemap)
        {
            return Xml(UrlSet(site, urls, languages));
        }

        var parts = (urls.Count + perSitemap - 1) / perSitemap;
        return Xml(new XElement(Ns + "sitemapindex", Enumerable.Range(1, parts).Select(n =>
            new XElement(Ns + "sitemap", new XElement(Ns + "loc", $"{site}/sitemap-{n}.xml")))));
    }

    /// <summary>One numbered part of a sitemap too long for one file.</summary>
    private static async Task<IResult> WritePartAsync(HttpContext context, ProgrammeQueries programme, ArticleQueries articles, TextQueries texts, PortalLanguages languages, IOptions<SiteOptions> options, int part)
    {
        var urls = await UrlsAsync(programme, articles, texts, languages, context.RequestAborted);
        var perSitemap = options.Value.SitemapMaxUrls;
        var parts = (urls.Count + perSitemap - 1) / perSitemap;
        return urls.Count <= perSitemap || part < 1 || part > parts
            ? Results.NotFound()
            : Xml(UrlSet(context.SiteUrl(), urls.Skip((part - 1) * perSitemap).Take(perSitemap), languages));
    }

    /// <summary>Every public URL, once per language the page exists in (an article: its versions; any other page: every language).</summary>
    private static async Task<List<PageUrl>> UrlsAsync(ProgrammeQueries programme, ArticleQueries articles, TextQueries texts, PortalLanguages languages, CancellationToken cancel)
    {
        var everyLanguage = languages.All;
        var pages = new List<(string Path, DateTime? Modified, IReadOnlyList<string> Languages)>
        {
            ("/", null, everyLanguage), ("/programme/modifications", null, everyLanguage), ("/sommets", null, everyLanguage),
            ("/journal", null, everyLanguage), ("/textes", null, everyLanguage), ("/textes/verifier", null, everyLanguage),
            ("/confederation", null, everyLanguage), ("/mediatheque", null, everyLanguage),
        };
        foreach (var summit in await programme.AllAsync(cancel))
        {
            pages.Add(($"/sommets/{summit.Slug}", null, everyLanguage));
            pages.Add(($"/sommets/{summit.Slug}/programme", null, everyLanguage));
        }

        pages.AddRange((await articles.VisibleSlugsAsync(cancel)).Select(a => ($"/journal/{a.Slug}", (DateTime?)a.PublishedAtUtc, a.Languages)));
        pages.AddRange((await texts.VisibleSlugsAsync(cancel)).Select(t => ($"/textes/{t.Slug}", t.ModifiedUtc, everyLanguage)));
        return [.. pages.SelectMany(p => p.Languages.Select(language => new PageUrl(p.Path, language, p.Modified, p.Languages)))];
    }

    private static XElement UrlSet(string site, IEnumerable<PageUrl> urls, PortalLanguages languages) =>
        new(Ns + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls.Select(u => new XElement(Ns + "url",
            new XElement(Ns + "loc", site + languages.PathBase(u.Language) + u.Path),
            u.Modified is { } modified ? new XElement(Ns + "lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
            u.Alternates.Count > 1
                ? u.Alternates.Select(language => new XElement(Xhtml + "link",
                    new XAttribute("rel", "alternate"), new XAttribute("hreflang", language), new XAttribute("href", site + languages.PathBase(language) + u.Path)))
                : null)));

    /// <summary>One page in one language, with the languages it also exists in.</summary>
    private sealed record PageUrl(string Path, string Language, DateTime? Modified, IReadOnlyList<string> Alternates);

    private static IResult Xml(XElement root) =>
        Results.Text(new XDeclaration("1.0", "utf-8", null) + "\n" + root, "application/xml; charset=utf-8", Encoding.UTF8);
}
