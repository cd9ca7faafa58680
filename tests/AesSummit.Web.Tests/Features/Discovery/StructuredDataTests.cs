using System.Text.Json;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Features.Discovery;

/// <summary>What search engines and share previews read: canonical URL, OpenGraph, schema.org JSON-LD.</summary>
public sealed class StructuredDataTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static JsonElement JsonLd(AngleSharp.Dom.IDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    [Theory]
    [InlineData("/", "http://localhost/")]
    [InlineData("/programme", "http://localhost/programme")]
    [InlineData("/journal?pilier=diplomatie&page=1", "http://localhost/journal?pilier=diplomatie")]
    [InlineData("/journal?utm_source=x", "http://localhost/journal")]
    [InlineData("/textes/verifier?sha256=0000000000000000000000000000000000000000000000000000000000000000", "http://localhost/textes/verifier")]
    public async Task Pages_NameTheirCanonicalUrlAndOpenGraph(string url, string canonical)
    {
        var page = await _factory.Client().GetDocumentAsync(url);

        Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(canonical, page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[property='og:title']")!.GetAttribute("content")));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[property='og:description']")!.GetAttribute("content")));
        Assert.Equal("fr_FR", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task ProgrammePage_DescribesTheSummitAndEverySessionAsEvents()
    {
        var json = JsonLd(await _factory.Client().GetDocumentAsync("/programme"));

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("Event", json.GetProperty("@type").GetString());
        Assert.Equal("2025-12-15", json.GetProperty("startDate").GetString());
        var sessions = json.GetProperty("subEvent").EnumerateArray().ToList();
        var count = await _factory.InStoreAsync(db => db.Summits.Where(s => s.Slug == "bamako-test").SelectMany(s => s.Phases).SelectMany(p => p.Sessions).CountAsync());
        Assert.Equal(count, sessions.Count);
        var plenary = sessions.Single(s => s.GetProperty("name").GetString() == "Séance plénière du Conseil des Ministres");
        Assert.Equal("2025-12-20T10:00:00+00:00", plenary.GetProperty("startDate").GetString());
        Assert.Equal("Palais de Koulouba", plenary.GetProperty("location").GetProperty("name").GetString());
        Assert.Contains(sessions, s => s.GetProperty("eventStatus").GetString() == "https://schema.org/EventPostponed");
    }

    [Fact]
    public async Task ArticlePage_IsANewsArticle()
    {
        var page = await _factory.Client().GetDocumentAsync("/journal/conseil-des-ministres");
        var json = JsonLd(page);

        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal("Le Conseil des Ministres siège au Palais de Koulouba", json.GetProperty("headline").GetString());
        Assert.Equal("2025-12-20T19:00:00Z", json.GetProperty("datePublished").GetString());
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task HostileTitle_CannotCloseTheJsonLdBlock()
    {
        const string title = "</script><script>alert(1)</script> & « Défense »";
        await _factory.AddArticlesAsync(new ArticleBuilder().WithSlug("titre-hostile").WithTitle(title).Published());

        var response = await _factory.CreateClient().GetAsync("/journal/titre-hostile");
        var html = await response.Content.ReadAsStringAsync();
        var page = Html.Parse(html);

        Assert.Equal(title, JsonLd(page).GetProperty("headline").GetString());
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])"));
    }

    [Fact]
    public async Task ConfiguredPublicUrl_IsUsedWhateverTheRequestHost()
    {
        using var factory = new SummitAppFactory();
        // The test client calls "localhost", which the portal then answers only when listed.
        using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Site:PublicUrl", "https://sommets.example.org").UseSetting("AllowedHosts", "localhost"));

        var page = await configured.CreateClient().GetDocumentAsync("/programme");
        var robots = await configured.CreateClient().GetStringAsync("/robots.txt");

        Assert.Equal("https://sommets.example.org/programme", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("Sitemap: https://sommets.example.org/sitemap.xml", robots, StringComparison.Ordinal);
    }
}
