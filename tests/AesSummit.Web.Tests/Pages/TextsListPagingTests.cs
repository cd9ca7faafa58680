using AesSummit.Web.Infrastructure;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TextsIndex = AesSummit.Web.Pages.Textes.IndexModel;

namespace AesSummit.Web.Tests.Pages;

/// <summary>Years of texts: <c>/textes</c> shows a page at a time, with links between pages.</summary>
public sealed class TextsListPagingTests : IDisposable
{
    private const int TextCount = 2 * TextsIndex.PageSize + 10;

    private readonly SummitAppFactory _factory = new(importOnStartup: false);

    public void Dispose() => _factory.Dispose();

    private async Task<HttpClient> VisitorOfAStoreWithManyTextsAsync()
    {
        await _factory.GenerateAsync(summits: 1, articles: 1, texts: TextCount);
        return _factory.Client();
    }

    [Fact]
    public async Task Index_WithManyTexts_ShowsOnePageAndLinksToTheNext()
    {
        var visitor = await VisitorOfAStoreWithManyTextsAsync();

        var first = await visitor.GetDocumentAsync("/textes");

        Assert.Equal(TextsIndex.PageSize, first.QuerySelectorAll(".text-card").Length);
        Assert.Equal("/textes?page=2", first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".pagination a[rel=prev]"));
        Assert.Contains("Page 1 sur 3", first.QuerySelector(".pagination")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_LastPage_HoldsTheRestAndNamesItselfCanonical()
    {
        var visitor = await VisitorOfAStoreWithManyTextsAsync();

        var last = await visitor.GetDocumentAsync("/textes?page=3");

        Assert.Equal(10, last.QuerySelectorAll(".text-card").Length);
        Assert.Equal("/textes?page=2", last.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.EndsWith("/textes?page=3", last.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_EveryTextAppearsOnExactlyOnePage()
    {
        var visitor = await VisitorOfAStoreWithManyTextsAsync();

        var links = new List<string>();
        foreach (var page in new[] { 1, 2, 3 })
        {
            var document = await visitor.GetDocumentAsync($"/textes?page={page}");
            links.AddRange(document.QuerySelectorAll(".text-card h3 a").Select(a => a.GetAttribute("href")!));
        }

        Assert.Equal(TextCount, links.Count);
        Assert.Equal(TextCount, links.Distinct().Count());

        // In the list's one order, whichever end each page was read from.
        await using var scope = _factory.Scope();
        var expected = await scope.ServiceProvider.GetRequiredService<SummitDbContext>().OfficialTexts
            .OrderBy(t => t.Kind).ThenByDescending(t => t.AdoptedOn).ThenBy(t => t.Title).ThenBy(t => t.Id)
            .Select(t => "/textes/" + t.Slug)
            .ToListAsync();
        Assert.Equal(expected, links);
    }

    [Theory]
    [InlineData("/textes?page=99", 3)]
    [InlineData("/textes?page=-4", 1)]
    public async Task Index_PageOutOfRange_ShowsTheNearestPage(string url, int expectedPage)
    {
        var visitor = await VisitorOfAStoreWithManyTextsAsync();

        var document = await visitor.GetDocumentAsync(url);

        Assert.Contains($"Page {expectedPage} sur 3", document.QuerySelector(".pagination")!.TextContent, StringComparison.Ordinal);
    }
}
