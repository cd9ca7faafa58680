using System.Xml.Linq;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Features.Discovery;

public sealed class SiteMapTests : IDisposable
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SiteMap_ListsEveryPublicUrlAndNothingUnpublished()
    {
        var xml = XDocument.Parse(await _factory.CreateClient().GetStringAsync("/sitemap.xml"));
        var urls = xml.Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();

        Assert.Contains("http://localhost/", urls);
        Assert.Contains("http://localhost/sommets/niamey-test/programme", urls);
        Assert.Contains("http://localhost/journal/conseil-des-ministres", urls);
        Assert.Contains("http://localhost/textes/protocole-essai", urls);
        Assert.DoesNotContain("http://localhost/journal/article-a-paraitre", urls);
        Assert.DoesNotContain(urls, u => u.Contains("/gestion", StringComparison.Ordinal));
        Assert.Equal(urls.Count, urls.Distinct().Count());
    }

    [Fact]
    public async Task SiteMap_PastTheLimitOfOneFile_IsAnIndexOfPartsThatListEveryUrlOnce()
    {
        var whole = XDocument.Parse(await _factory.CreateClient().GetStringAsync("/sitemap.xml")).Root!
            .Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();
        using var small = new SummitAppFactory(settings: new Dictionary<string, string> { ["Site:SitemapMaxUrls"] = "5" });
        var client = small.CreateClient();

        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Root!;
        var parts = index.Elements(Ns + "sitemap").Select(p => new Uri(p.Element(Ns + "loc")!.Value).PathAndQuery).ToList();
        var listed = new List<string>();
        foreach (var part in parts)
        {
            var urls = XDocument.Parse(await client.GetStringAsync(part)).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();
            Assert.InRange(urls.Count, 1, 5);
            listed.AddRange(urls);
        }

        Assert.Equal("sitemapindex", index.Name.LocalName);
        Assert.InRange(parts.Count, (whole.Count + 4) / 5, whole.Count);
        Assert.Equal(whole, listed);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/sitemap-{parts.Count + 1}.xml")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync("/sitemap-1.xml")).StatusCode);
    }

    [Fact]
    public async Task SiteMap_EveryUrlAnswers200()
    {
        var client = _factory.CreateClient();
        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        foreach (var url in xml.Root!.Elements(Ns + "url").Select(u => new Uri(u.Element(Ns + "loc")!.Value).PathAndQuery))
        {
            var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Robots_PointsToTheSiteMapAndKeepsTheBackOfficeOut()
    {
        var robots = await _factory.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /gestion", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }
}
