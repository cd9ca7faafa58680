using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Features.Journal;

/// <summary>The feeds read back by System.ServiceModel.Syndication, as a feed reader would.</summary>
public sealed class FeedTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<SyndicationFeed> LoadAsync(string url, string mediaType)
    {
        var response = await _factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    [Theory]
    [InlineData("/journal/rss.xml", "application/rss+xml")]
    [InlineData("/journal/atom.xml", "application/atom+xml")]
    public async Task Feed_ListsPublishedAndDueArticlesNewestFirstWithTheirPillars(string url, string mediaType)
    {
        var feed = await LoadAsync(url, mediaType);

        Assert.Equal(
            ["Le Conseil des Ministres siège au Palais de Koulouba", "Ouverture de la réunion des experts"],
            feed.Items.Select(i => i.Title.Text));
        var first = feed.Items.First();
        Assert.Equal("http://localhost/journal/conseil-des-ministres", first.Links[0].Uri.ToString());
        Assert.Equal("Première session confédérale du Conseil des Ministres.", first.Summary.Text);
        Assert.Equal(new DateTimeOffset(2025, 12, 20, 19, 0, 0, TimeSpan.Zero), url.Contains("rss", StringComparison.Ordinal) ? first.PublishDate : first.LastUpdatedTime);
        Assert.Equal(["Développement"], first.Categories.Select(c => c.Name));
    }

    private Task<string> BodyHtmlAsync(string slug) =>
        _factory.InStoreAsync(db => db.Articles.Where(a => a.Slug == slug && a.Language == "fr").Select(a => a.BodyHtml).SingleAsync());

    [Theory]
    [InlineData("/journal/atom.xml")]
    [InlineData("/journal/atom.xml?pilier=defense-securite")]
    public async Task AtomFeed_KeepsEveryRuleOfRfc4287(string url)
    {
        var xml = await _factory.CreateClient().GetStringAsync(url);

        Assert.Empty(FeedRules.AtomErrors(xml, "http://localhost" + url));
    }

    [Theory]
    [InlineData("/journal/rss.xml")]
    [InlineData("/journal/rss.xml?pilier=defense-securite")]
    public async Task RssFeed_KeepsEveryRuleOfRss2WithItsSelfLink(string url)
    {
        var xml = await _factory.CreateClient().GetStringAsync(url);

        Assert.Empty(FeedRules.RssErrors(xml, "http://localhost" + url));
    }

    [Fact]
    public async Task AtomFeed_NamesTheSecretariatAsAuthorOfTheFeedAndOfEachEntry()
    {
        var feed = await LoadAsync("/journal/atom.xml", "application/atom+xml");

        Assert.Equal(["Secrétariat Permanent de la Confédération des États du Sahel"], feed.Authors.Select(a => a.Name));
        Assert.All(feed.Items, item => Assert.Equal("Secrétariat Permanent de la Confédération des États du Sahel", Assert.Single(item.Authors).Name));
    }

    [Fact]
    public async Task AtomFeed_CarriesTheWholeArticle()
    {
        var feed = await LoadAsync("/journal/atom.xml", "application/atom+xml");

        var content = Assert.IsType<TextSyndicationContent>(feed.Items.First().Content);
        Assert.Equal("html", content.Type);
        Assert.Equal(await BodyHtmlAsync("conseil-des-ministres"), content.Text);
    }

    [Fact]
    public async Task RssFeed_CarriesTheWholeArticleAndItsAuthor()
    {
        var rss = XDocument.Parse(await _factory.CreateClient().GetStringAsync("/journal/rss.xml"));
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";

        var item = rss.Root!.Element("channel")!.Elements("item").First();

        Assert.Equal(await BodyHtmlAsync("conseil-des-ministres"), item.Element(content + "encoded")!.Value);
        Assert.Equal("Secrétariat Permanent de la Confédération des États du Sahel", item.Element(dc + "creator")!.Value);
    }

    [Fact]
    public void FeedRules_FindTheFaultsValidatorsReported()
    {
        const string atomWithoutAuthor = """
            <feed xmlns="http://www.w3.org/2005/Atom"><id>http://x/f</id><title>t</title><updated>2025-12-20T19:00:00Z</updated>
            <link rel="self" href="http://x/f"/><entry><id>http://x/1</id><title>a</title><updated>2025-12-20T19:00:00Z</updated>
            <link href="http://x/1"/></entry></feed>
            """;
        const string rssWithoutSelf = """
            <rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>
            <item><title>a</title><link>http://x/1</link><guid>http://x/1</guid><pubDate>Sat, 20 Dec 2025 19:00:00 Z</pubDate></item></channel></rss>
            """;

        Assert.Contains(FeedRules.AtomErrors(atomWithoutAuthor, "http://x/f"), e => e.Contains("no author", StringComparison.Ordinal));
        Assert.Contains(FeedRules.RssErrors(rssWithoutSelf, "http://x/r"), e => e.Contains("rel=self", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_ForOnePillar_KeepsOnlyItsArticles()
    {
        var feed = await LoadAsync("/journal/rss.xml?pilier=defense-securite", "application/rss+xml");

        Assert.Equal(["Ouverture de la réunion des experts"], feed.Items.Select(i => i.Title.Text));
        Assert.Contains("Défense et Sécurité", feed.Title.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_ForAnUnknownPillar_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync("/journal/atom.xml?pilier=inconnu")).StatusCode);
    }

    [Fact]
    public async Task EveryPage_LinksBothFeedsInItsHead()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/textes");

        Assert.Equal(
            ["/journal/rss.xml", "/journal/atom.xml"],
            page.QuerySelectorAll("head link[rel=alternate][type]").Select(l => l.GetAttribute("href")));
    }
}
