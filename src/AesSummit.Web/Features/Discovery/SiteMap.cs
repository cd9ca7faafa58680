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
/// <c>/sitemap-N.xml</c> parts past <see cref="SiteOptions.SitemapMaxUrls"/> URLs a file) and <c>/robots.txt</c> pointing to it, keeping the
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

    /// <summary>
    /// The whole list when it fits in one file; past that, an index of numbered parts. Either way it costs counts and one
    /// bounded slice, so that it stays quick in ten years: a part is made from its own rows only.
    /// </summary>
    private static async Task<IResult> WriteAsync(HttpContext context, ProgrammeQueries programme, ArticleQueries articles, TextQueries texts, PortalLanguages languages, IOptions<SiteOptions> options)
    {
        var site = context.SiteUrl();
        var sections = await SectionsAsync(programme, articles, texts, languages, context.RequestAborted);
        var perPart = PagesPerPart(options.Value, languages);
        if (sections.Count <= perPart)
        {
            return Xml(UrlSet(site, await SliceAsync(sections, 0, sections.Count, articles, texts, languages, context.RequestAborted), languages));
        }

        var parts = (sections.Count + perPart - 1) / perPart;
        return Xml(new XElement(Ns + "sitemapindex", Enumerable.Range(1, parts).Select(n =>
            new XElement(Ns + "sitemap", new XElement(Ns + "loc", $"{site}/sitemap-{n}.xml")))));
    }

    /// <summary>One numbered part of a sitemap too long for one file.</summary>
    private static async Task<IResult> WritePartAsync(HttpContext context, ProgrammeQueries programme, ArticleQueries articles, TextQueries texts, PortalLanguages languages, IOptions<SiteOptions> options, int part)
    {
        var sections = await SectionsAsync(programme, articles, texts, languages, context.RequestAborted);
        var perPart = PagesPerPart(options.Value, languages);
        var parts = (sections.Count + perPart - 1) / perPart;
        return sections.Count <= perPart || part < 1 || part > parts
            ? Results.NotFound()
            : Xml(UrlSet(context.SiteUrl(), await SliceAsync(sections, (part - 1) * perPart, perPart, articles, texts, languages, context.RequestAborted), languages));
    }

    /// <summary>Pages a file lists: each gives one URL per language it exists in, and a file holds at most the configured URLs.</summary>
    private static int PagesPerPart(SiteOptions options, PortalLanguages languages) => Math.Max(1, options.SitemapMaxUrls / languages.All.Count);

    /// <summary>The sitemap's pages, in order: the site's own pages and the summits', then the articles, newest first, then the texts.</summary>
    private static async Task<Sections> SectionsAsync(ProgrammeQueries programme, ArticleQueries articles, TextQueries texts, PortalLanguages languages, CancellationToken cancel)
    {
        var everyLanguage = languages.All;
        var own = new List<SitePage>
        {
            new("/", null, everyLanguage), new("/programme/modifications", null, everyLanguage), new("/sommets", null, everyLanguage),
            new("/journal", null, everyLanguage), new("/textes", null, everyLanguage), new("/textes/verifier", null, everyLanguage),
            new("/confederation", null, everyLanguage), new("/mediatheque", null, everyLanguage),
        };
        foreach (var summit in await programme.AllAsync(cancel))
        {
            own.Add(new($"/sommets/{summit.Slug}", null, everyLanguage));
            own.Add(new($"/sommets/{summit.Slug}/programme", null, everyLanguage));
        }

        return new Sections(own, await articles.VisibleOriginalCountAsync(cancel), await texts.VisibleCountAsync(cancel));
    }

    /// <summary>The pages from position <paramref name="start"/>, at most <paramref name="count"/>, each once per language it exists in.</summary>
    private static async Task<List<PageUrl>> SliceAsync(Sections sections, int start, int count, ArticleQueries articles, TextQueries texts, PortalLanguages languages, CancellationToken cancel)
    {
        var pages = sections.Own.Skip(start).Take(count).ToList();
        var articleStart = Math.Max(0, start - sections.Own.Count);
        var articleCount = Math.Min(count - pages.Count, sections.Articles - articleStart);
        if (articleCount > 0)
        {
            pages.AddRange((await articles.VisibleSlugsAsync(articleStart, articleCount, cancel))
                .Select(a => new SitePage($"/journal/{a.Slug}", a.PublishedAtUtc, a.Languages)));
        }

        var textStart = Math.Max(0, start - sections.Own.Count - sections.Articles);
        var textCount = Math.Min(count - pages.Count, sections.Texts - textStart);
        if (textCount > 0)
        {
            pages.AddRange((await texts.VisibleSlugsAsync(textStart, textCount, cancel))
                .Select(t => new SitePage($"/textes/{t.Slug}", t.ModifiedUtc, languages.All)));
        }

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

    /// <summary>A public page, with the languages it exists in.</summary>
    private sealed record SitePage(string Path, DateTime? Modified, IReadOnlyList<string> Languages);

    /// <summary>The site's own pages (few), and how many articles and texts follow them.</summary>
    private sealed record Sections(List<SitePage> Own, int Articles, int Texts)
    {
        public int Count => Own.Count + Articles + Texts;
    }

    /// <summary>One page in one language, with the languages it also exists in.</summary>
    private sealed record PageUrl(string Path, string Language, DateTime? Modified, IReadOnlyList<string> Alternates);

    private static IResult Xml(XElement root) =>
        Results.Text(new XDeclaration("1.0", "utf-8", null) + "\n" + root, "application/xml; charset=utf-8", Encoding.UTF8);
}
