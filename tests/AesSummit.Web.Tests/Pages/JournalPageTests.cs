using System.Net;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Pages;

public sealed class JournalPageTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Index_ListsOnlyPublishedAndDueArticlesNewestFirst()
    {
        await _factory.AddArticlesAsync(new ArticleBuilder().WithTitle("Brouillon jamais validé").Draft());

        var page = await _factory.CreateClient().GetDocumentAsync("/journal");

        Assert.Equal(
            ["Le Conseil des Ministres siège au Palais de Koulouba", "Ouverture de la réunion des experts"],
            page.Texts(".articles h2"));
    }

    [Fact]
    public async Task Index_FiltersByPillar()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/journal?pilier=defense-securite");

        Assert.Equal(["Ouverture de la réunion des experts"], page.Texts(".articles h2"));
        Assert.Equal("Défense et Sécurité", page.QuerySelector(".filters a[aria-current=page]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Index_WithAnUnknownPillar_Is404()
    {
        var response = await _factory.CreateClient().GetAsync("/journal?pilier=%3Cscript%3E");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Index_PaginatesByTen()
    {
        var many = Enumerable.Range(1, 12)
            .Select(i => new ArticleBuilder().WithSlug($"serie-{i:00}").WithTitle($"Série {i:00}")
                .PublishedAt(new DateTime(2025, 11, i, 8, 0, 0, DateTimeKind.Utc)).Published())
            .ToArray();
        await _factory.AddArticlesAsync(many);
        var client = _factory.CreateClient();

        var first = await client.GetDocumentAsync("/journal");
        var second = await client.GetDocumentAsync("/journal?page=2");

        Assert.Equal(10, first.QuerySelectorAll(".articles h2").Length);
        Assert.Equal(["Série 04", "Série 03", "Série 02", "Série 01"], second.Texts(".articles h2"));
        Assert.Equal("/journal?page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Contains("Page 2 sur 2", second.QuerySelector(".pagination")!.TextContent);
    }

    [Theory]
    [InlineData("/journal?page=0")]
    [InlineData("/journal?page=999999")]
    [InlineData("/journal?page=abc")]
    public async Task Index_WithAnOddPageNumber_StillAnswers(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Article_ShowsTheValidationStampWithItsDate()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/journal/conseil-des-ministres");

        Assert.Equal("Le Conseil des Ministres siège au Palais de Koulouba", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Validé par le Secrétariat Permanent le 20 décembre 2025", page.QuerySelector(".stamp")!.TextContent.Trim());
        Assert.Equal("Ordre du jour", page.QuerySelector(".prose h2")!.TextContent.Trim());
    }

    [Fact]
    public async Task Article_MarkedAsSample_SaysSo()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/journal/ouverture-experts");

        Assert.Contains("Texte de démonstration", page.QuerySelector(".sample-note")!.TextContent);
    }

    [Fact]
    public async Task Article_NotYetDue_Is404()
    {
        var response = await _factory.CreateClient().GetAsync("/journal/article-a-paraitre");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Article_BecomesVisibleWhenItsTimeComes()
    {
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 8, 0, 0, TimeSpan.Zero));

        var response = await _factory.CreateClient().GetAsync("/journal/article-a-paraitre");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Article_ThatIsADraft_Is404()
    {
        await _factory.AddArticlesAsync(new ArticleBuilder().WithSlug("brouillon").Draft());

        var response = await _factory.CreateClient().GetAsync("/journal/brouillon");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Article_WithHostileMarkdown_ReachesThePageHarmless()
    {
        await _factory.AddArticlesAsync(new ArticleBuilder().WithSlug("hostile")
            .WithTitle("<script>alert('titre')</script>")
            .WithBody("<script>alert(1)</script>\n\n[clic](javascript:alert(2)) <img src=x onerror=alert(3)>")
            .WithPillars(Pillar.Development).Published());

        var response = await _factory.CreateClient().GetAsync("/journal/hostile");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#x27;titre&#x27;)&lt;/script&gt;", html);
    }
}
