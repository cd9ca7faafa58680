using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>The back-office lists: a search box, filters by state and summit, an order by date, the dates shown, and pages.</summary>
public sealed class BackOfficeListTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".data-table tbody td[data-label=Titre] a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Articles_SearchStateAndSummit_NarrowTheList()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        await ArticleForms.CreateAsync(writer, "Une banque pour les projets", pillar: "developpement");
        await ArticleForms.CreateAsync(writer, "Autre sujet", pillar: "developpement");

        Assert.Equal(["Une banque pour les projets"], Titles(await writer.GetDocumentAsync("/gestion/articles?q=BANQUE")));
        Assert.Equal(["Autre sujet", "Une banque pour les projets"], Titles(await writer.GetDocumentAsync("/gestion/articles?etat=Draft")).Order(StringComparer.Ordinal));
        var bamako = Titles(await writer.GetDocumentAsync("/gestion/articles?sommet=bamako-test"));
        Assert.Contains("Le Conseil des Ministres siège au Palais de Koulouba", bamako);
        Assert.DoesNotContain("Autre sujet", bamako);
    }

    [Fact]
    public async Task Articles_ShowWhenEachLastMoved_NewestOrOldestFirst()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        await ArticleForms.CreateAsync(writer, "Première écrite", pillar: "developpement");
        _factory.Clock.Advance(TimeSpan.FromHours(2));
        await ArticleForms.CreateAsync(writer, "Seconde écrite", pillar: "developpement");

        var newest = await writer.GetDocumentAsync("/gestion/articles?etat=Draft");
        var oldest = await writer.GetDocumentAsync("/gestion/articles?etat=Draft&tri=ancien");

        Assert.Equal(["Seconde écrite", "Première écrite"], Titles(newest));
        Assert.Equal(["Première écrite", "Seconde écrite"], Titles(oldest));
        Assert.Equal("21 décembre 2025", newest.QuerySelector(".data-table tbody td[data-label='Dernier mouvement']")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/gestion/articles?q=%25_%5C")]
    [InlineData("/gestion/articles?etat=Inconnu&page=-3&tri=x")]
    [InlineData("/gestion/textes?sommet=%3Cscript%3E&page=999")]
    public async Task Lists_WithOddFilters_AnswerWithoutError(string url)
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);

        using var response = await writer.GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Texts_LongList_ComesInPages()
    {
        using var large = new SummitAppFactory(importOnStartup: false);
        await large.GenerateAsync(summits: 1, articles: 1, texts: 60);

        var writer = await large.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var first = await writer.GetDocumentAsync("/gestion/textes");
        var second = await writer.GetDocumentAsync("/gestion/textes?page=2");

        Assert.Equal(50, Titles(first).Count);
        Assert.Equal(10, Titles(second).Count);
        Assert.Equal("/gestion/textes?page=2", first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Contains("60 élément(s)", first.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Titles(first).Intersect(Titles(second)));
    }

    [Fact]
    public async Task Accounts_SearchByAddress_NarrowsTheList()
    {
        var admin = await _factory.SignedInAsync("admin@aes.test", Roles.Administrator);
        await _factory.SignedInAsync("redactrice.kone@aes.test", Roles.Writer);

        var page = await admin.GetDocumentAsync("/gestion/comptes?q=KONE");

        var rows = page.QuerySelectorAll(".data-table tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(["redactrice.kone@aes.test"], rows);
    }
}
