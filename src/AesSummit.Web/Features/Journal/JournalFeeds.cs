using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AesSummit.Web.Features.Discovery;
using AesSummit.Web.Features.Media;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Features.Journal;

/// <summary>RSS 2.0 and Atom 1.0 feeds of the Journal du Sommet, all pillars or one, written by System.ServiceModel.Syndication.</summary>
public static class JournalFeeds
{
    public const int ItemCount = 50;

    private static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCoreNs = "http://purl.org/dc/elements/1.1/";

    public static IEndpointRouteBuilder MapJournalFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPublicGet("/journal/rss.xml", (HttpContext context, ArticleQueries articles, IStringLocalizer<SharedResource> localizer, string? pilier) =>
            WriteAsync(context, articles, localizer, pilier, atom: false))
            .CachePublicly(CacheTags.Journal, CacheTags.Programme);
        endpoints.MapPublicGet("/journal/atom.xml", (HttpContext context, ArticleQueries articles, IStringLocalizer<SharedResource> localizer, string? pilier) =>
            WriteAsync(context, articles, localizer, pilier, atom: true))
            .CachePublicly(CacheTags.Journal, CacheTags.Programme);
        return endpoints;
    }

    private static async Task<IResult> WriteAsync(HttpContext context, ArticleQueries articles, IStringLocalizer<SharedResource> localizer, string? pillarSlug, bool atom)
    {
        Pillar? pillar = null;
        if (!string.IsNullOrEmpty(pillarSlug))
        {
            if (!EnumSlugs<Pillar>.TryParse(pillarSlug, out var parsed))
            {
                return Results.NotFound();
            }

            pillar = parsed;
        }

        var site = context.LanguageUrl();
        var items = await articles.ForFeedAsync(pillar, ItemCount, context.RequestAborted);
        var title = pillar is { } p
            ? localizer["Feed.TitleForPillar", localizer[$"Pillar.{p}"]].Value
            : localizer["Feed.Title"].Value;
        var author = localizer["Feed.Author"].Value;
        var selfPath = $"/journal/{(atom ? "atom" : "rss")}.xml{(pillar is null ? string.Empty : $"?pilier={pillarSlug}")}";
        var selfType = atom ? "application/atom+xml" : "application/rss+xml";
        var feed = new SyndicationFeed(title, localizer["Journal.Description"], new Uri($"{site}/journal"))
        {
            Id = $"{site}{selfPath}",
            Language = System.Globalization.CultureInfo.CurrentUICulture.Name,
            LastUpdatedTime = items.Count > 0 ? new DateTimeOffset(items[0].PublishedAtUtc, TimeSpan.Zero) : DateTimeOffset.UnixEpoch,
            Items = items.Select(a => Item(a, site, author, atom, localizer)).ToList(),
        };
        if (atom)
        {
            // RFC 4287: every entry has an author, here the body that validated it.
            feed.Authors.Add(new SyndicationPerson(null, author, $"{site}/confederation"));
            feed.Links.Add(new SyndicationLink(new Uri($"{site}{selfPath}"), "self", title, selfType, 0));
        }
        else
        {
            // RSS 2.0 has no self link of its own: the Atom one is the recommended practice.
            feed.AttributeExtensions.Add(new XmlQualifiedName("atom", XNamespace.Xmlns.NamespaceName), AtomNs.NamespaceName);
            feed.AttributeExtensions.Add(new XmlQualifiedName("content", XNamespace.Xmlns.NamespaceName), ContentNs.NamespaceName);
            feed.AttributeExtensions.Add(new XmlQualifiedName("dc", XNamespace.Xmlns.NamespaceName), DublinCoreNs.NamespaceName);
            feed.ElementExtensions.Add(new XElement(AtomNs + "link",
                new XAttribute("href", $"{site}{selfPath}"), new XAttribute("rel", "self"), new XAttribute("type", selfType)).CreateReader());
        }

        var output = new StringBuilder();
        await using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Encoding = Encoding.UTF8, Indent = true }))
        {
            if (atom)
            {
                new Atom10FeedFormatter(feed).WriteTo(writer);
            }
            else
            {
                new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(writer);
            }
        }

        // StringBuilder output says UTF-16 in its declaration; the bytes sent are UTF-8.
        var xml = output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        return Results.Text(xml, atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8", Encoding.UTF8);
    }

    private static SyndicationItem Item(FeedArticle article, string site, string author, bool atom, IStringLocalizer<SharedResource> localizer)
    {
        var url = new Uri($"{site}/journal/{article.Slug}");
        var published = new DateTimeOffset(article.PublishedAtUtc, TimeSpan.Zero);
        var item = new SyndicationItem
        {
            Id = url.ToString(),
            Title = new TextSyndicationContent(article.Title),
            Summary = new TextSyndicationContent(article.Summary),
            PublishDate = published,
            // A validated correction is an update of the entry: readers see it as changed.
            LastUpdatedTime = article.UpdatedAtUtc is { } updated && updated > article.PublishedAtUtc ? new DateTimeOffset(updated, TimeSpan.Zero) : published,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(url, "text/html"));
        foreach (var pillar in Pillars.Split(article.Pillars))
        {
            item.Categories.Add(new SyndicationCategory(localizer[$"Pillar.{pillar}"]));
        }

        // The lead image travels as an enclosure (RSS) or an enclosure link (Atom): its largest JPEG, with its length.
        if (article.LeadImage is { } lead)
        {
            var file = lead.LargestJpeg;
            item.Links.Add(SyndicationLink.CreateMediaEnclosureLink(new Uri(site + MediaEndpoints.PublicUrl(file)), file.MediaType, file.SizeBytes));
        }

        // The whole article, as feed readers expect; its HTML is the portal's own, rendered without raw HTML and sanitised,
        // its images at their public addresses, absolute since a reader shows them away from the portal.
        var body = ImageMarkup.Expand(article.BodyHtml, article.Images, f => site + MediaEndpoints.PublicUrl(f));
        if (atom)
        {
            item.Authors.Add(new SyndicationPerson(null, author, $"{site}/confederation"));
            item.Content = new TextSyndicationContent(body, TextSyndicationContentKind.Html);
        }
        else
        {
            // RSS's own author element must be an e-mail address; Dublin Core's creator names a body.
            item.ElementExtensions.Add(new XElement(DublinCoreNs + "creator", author).CreateReader());
            item.ElementExtensions.Add(new XElement(ContentNs + "encoded", new XCData(body)).CreateReader());
        }

        return item;
    }
}
