using System.Text.Json;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
    [InlineData("/programme", "http://localhost/sommets/bamako-test/programme")]
    [InlineData("/sommets/bamako-test/programme", "http://localhost/sommets/bamako-test/programme")]
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
    public async Task ProgrammePage_GivesEveryEventADescriptionAndAnOrganizer()
    {
        var json = JsonLd(await _factory.Client().GetDocumentAsync("/programme"));

        var events = json.GetProperty("subEvent").EnumerateArray().Prepend(json).ToList();
        Assert.All(events, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("description").GetString()));
            Assert.Equal("Confédération des États du Sahel", e.GetProperty("organizer").GetProperty("name").GetString());
        });
    }

    [Fact]
    public async Task MovedSession_NamesTheStartItHadBefore()
    {
        var before = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Slug == "conseil-pleniere").Select(s => s.StartUtc).SingleAsync());
        await using (var scope = _factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var session = await db.Sessions.SingleAsync(s => s.Slug == "conseil-pleniere");
            var change = session.Reschedule(new SessionSchedule(before.AddHours(3), session.EndUtc.AddHours(3), session.Venue, SessionStatus.Changed), TestActors.Secretariat, _factory.Clock.GetUtcNow().UtcDateTime);
            db.ProgrammeChanges.Add(change!);
            await db.SaveChangesAsync();
        }

        var json = JsonLd(await _factory.Client().GetDocumentAsync("/programme"));

        var sessions = json.GetProperty("subEvent").EnumerateArray().ToList();
        var moved = sessions.Single(s => s.GetProperty("name").GetString() == "Séance plénière du Conseil des Ministres");
        Assert.Equal("2025-12-20T10:00:00+00:00", moved.GetProperty("previousStartDate").GetString());
        Assert.Equal("2025-12-20T13:00:00+00:00", moved.GetProperty("startDate").GetString());
        Assert.Equal("https://schema.org/EventRescheduled", moved.GetProperty("eventStatus").GetString());
        Assert.Single(sessions, s => s.TryGetProperty("previousStartDate", out _));
    }

    [Fact]
    public async Task HomePage_IsASearchableWebSiteOfTheConfederation()
    {
        var json = JsonLd(await _factory.Client().GetDocumentAsync("/"));

        var graph = json.GetProperty("@graph").EnumerateArray().ToList();
        var site = graph.Single(g => g.GetProperty("@type").GetString() == "WebSite");
        var organization = graph.Single(g => g.GetProperty("@type").GetString() == "Organization");
        var search = site.GetProperty("potentialAction");
        Assert.Equal("SearchAction", search.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/recherche?q={search_term_string}", search.GetProperty("target").GetProperty("urlTemplate").GetString());
        Assert.Equal("required name=search_term_string", search.GetProperty("query-input").GetString());
        Assert.Equal("Confédération des États du Sahel", organization.GetProperty("name").GetString());
        Assert.Equal(organization.GetProperty("@id").GetString(), site.GetProperty("publisher").GetProperty("@id").GetString());
    }

    [Fact]
    public async Task TextPage_IsLegislationWithItsFileAndChecksum()
    {
        var json = JsonLd(await _factory.Client().GetDocumentAsync("/textes/protocole-essai"));
        var sha256 = await _factory.InStoreAsync(db => db.TextFileVersions.Where(f => f.Number == 1 && db.OfficialTexts.Any(t => t.Slug == "protocole-essai" && t.Id == f.OfficialTextId)).Select(f => f.Sha256).SingleAsync());

        Assert.Equal("Legislation", json.GetProperty("@type").GetString());
        Assert.Equal("AES/TEST/2025/01", json.GetProperty("legislationIdentifier").GetString());
        Assert.Equal("2025-12-23", json.GetProperty("legislationDate").GetString());
        Assert.Equal("Collège des Chefs d'État", json.GetProperty("legislationPassedBy").GetProperty("name").GetString());
        var file = json.GetProperty("encoding");
        Assert.Equal(sha256, file.GetProperty("sha256").GetString());
        Assert.Equal("http://localhost/textes/protocole-essai/telecharger", file.GetProperty("contentUrl").GetString());
        Assert.Equal("application/pdf", file.GetProperty("encodingFormat").GetString());
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

        Assert.Equal("https://sommets.example.org/sommets/bamako-test/programme", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("Sitemap: https://sommets.example.org/sitemap.xml", robots, StringComparison.Ordinal);
    }
}
