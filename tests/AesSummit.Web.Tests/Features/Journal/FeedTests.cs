using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using AesSummit.Web.Tests.Support;

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
            page.QuerySelectorAll("head link[rel=alternate]").Select(l => l.GetAttribute("href")));
    }
}
