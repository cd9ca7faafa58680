using System.Net;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages;

public sealed class SitePageTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Confederation_ShowsThePresentationPage()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/confederation");

        Assert.Equal("La Confédération des États du Sahel", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Les États membres", page.QuerySelector(".prose h2")!.TextContent.Trim());
    }

    [Fact]
    public async Task Health_TouchesTheStoreAndSaysHealthy()
    {
        var response = await _factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownUrl_GetsTheFrench404Page()
    {
        var response = await _factory.CreateClient().GetAsync("/nulle-part");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page introuvable · Portail des sommets de la Confédération des États du Sahel", page.Title);
    }

    [Fact]
    [Trait(StoreTrait.Name, StoreTrait.SqliteOnly)]
    public async Task UnhandledError_GetsTheFrench500PageWithoutTechnicalDetail()
    {
        await _factory.InStoreAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE Articles RENAME COLUMN Title TO Titre;"));

        var response = await _factory.CreateClient().GetAsync("/journal");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Erreur interne", Html.Parse(html).QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("SqliteException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/programme")]
    [InlineData("/sommets")]
    [InlineData("/sommets/bamako-test")]
    [InlineData("/sommets/bamako-test/programme")]
    [InlineData("/journal")]
    [InlineData("/journal/conseil-des-ministres")]
    [InlineData("/textes")]
    [InlineData("/textes/protocole-essai")]
    [InlineData("/confederation")]
    [InlineData("/programme/modifications")]
    [InlineData("/textes/verifier")]
    [InlineData("/recherche")]
    public async Task EveryPublicPage_HasItsOwnTitleAndDescription(string url)
    {
        var page = await _factory.CreateClient().GetDocumentAsync(url);

        Assert.False(string.IsNullOrWhiteSpace(page.Title));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.NotNull(page.QuerySelector("a.skip-link[href='#contenu']"));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task EveryPublicPage_SkipsNoHeadingLevel()
    {
        var client = _factory.CreateClient();

        foreach (var url in SiteUrls.Public)
        {
            using var response = await client.GetAsync(url);
            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            var previous = 0;
            foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var level = heading.LocalName[1] - '0';
                Assert.True(level <= previous + 1, $"{url}: <{heading.LocalName}> \"{heading.TextContent.Trim()}\" follows an h{previous}");
                previous = level;
            }
        }
    }

    [Fact]
    public async Task PublicPages_HaveDistinctTitles()
    {
        var client = _factory.CreateClient();
        string[] urls = ["/", "/programme", "/sommets", "/sommets/bamako-test", "/sommets/bamako-test/programme", "/journal", "/textes", "/confederation", "/programme/modifications", "/textes/verifier", "/recherche"];

        var titles = new List<string>();
        foreach (var url in urls)
        {
            titles.Add((await client.GetDocumentAsync(url)).Title!);
        }

        Assert.Equal(urls.Length, titles.Distinct().Count());
    }
}
