using System.Globalization;
using System.Text;
using System.Xml.Linq;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure.Caching;

namespace AesSummit.Web.Features.Discovery;

/// <summary><c>/sitemap.xml</c> of every public URL and <c>/robots.txt</c> pointing to it, keeping the back-office out.</summary>
public static class SiteMap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSiteMap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", (HttpContext context) =>
            Results.Text(
                $"User-agent: *\nDisallow: /gestion\nDisallow: /compte\nSitemap: {context.SiteUrl()}/sitemap.xml\n",
                "text/plain; charset=utf-8"));
        endpoints.MapGet("/sitemap.xml", WriteAsync)
            .CachePublicly(CacheTags.Journal, CacheTags.Texts, CacheTags.Programme, CacheTags.Pages);
        return endpoints;
    }

    private static async Task<IResult> WriteAsync(HttpContext context, ProgrammeQueries programme, ArticleQueries articles, TextQueries texts)
    {
        var site = context.SiteUrl();
        var cancel = context.RequestAborted;
        var urls = new List<(string Path, DateTime? Modified)>
        {
            ("/", null), ("/programme", null), ("/programme/modifications", null), ("/sommets", null),
            ("/journal", null), ("/textes", null), ("/textes/verifier", null), ("/confederation", null),
        };
        foreach (var summit in await programme.AllAsync(cancel))
        {
            urls.Add(($"/sommets/{summit.Slug}", null));
            urls.Add(($"/sommets/{summit.Slug}/programme", null));
        }

        urls.AddRange((await articles.VisibleSlugsAsync(cancel)).Select(a => ($"/journal/{a.Slug}", (DateTime?)a.PublishedAtUtc)));
        urls.AddRange((await texts.AllAsync(cancel)).Select(t => ($"/textes/{t.Slug}", t.CurrentFile?.AddedAtUtc)));

        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset",
            urls.Select(u => new XElement(Ns + "url",
                new XElement(Ns + "loc", site + u.Path),
                u.Modified is { } modified ? new XElement(Ns + "lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null))));
        return Results.Text(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8", Encoding.UTF8);
    }
}
