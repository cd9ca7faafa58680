using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using JournalIndex = AesSummit.Web.Pages.Journal.IndexModel;

namespace AesSummit.Web.Tests.Pages;

/// <summary>Years of articles: every page of <c>/journal</c>, the deep ones read from the oldest end, in the journal's one order.</summary>
public sealed class JournalPagingTests : IDisposable
{
    private const int ArticleCount = 4 * JournalIndex.PageSize + 3;

    private readonly SummitAppFactory _factory = new(importOnStartup: false);

    public void Dispose() => _factory.Dispose();

    private async Task<HttpClient> VisitorOfAStoreWithManyArticlesAsync()
    {
        await _factory.GenerateAsync(summits: 1, articles: ArticleCount, texts: 1);
        return _factory.Client();
    }

    private async Task<List<string>> ExpectedAsync(Pillar? pillar)
    {
        await using var scope = _factory.Scope();
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        var articles = scope.ServiceProvider.GetRequiredService<SummitDbContext>().Articles.VisibleAt(now).Where(a => a.Language == ContentLanguage.Original);
        if (pillar is { } p)
        {
            articles = articles.Where(a => (a.Pillars & p) == p);
        }

        return await articles.OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id).Select(a => "/journal/" + a.Slug).ToListAsync();
    }

    private static async Task<List<string>> EveryPageAsync(HttpClient visitor, string path)
    {
        var first = await visitor.GetDocumentAsync(path);
        var links = new List<string>();
        for (var page = 1; ; page++)
        {
            var document = page == 1 ? first : await visitor.GetDocumentAsync($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page={page}");
            links.AddRange(document.QuerySelectorAll("ul.articles article h2 a").Select(a => a.GetAttribute("href")!));
            if (document.QuerySelector(".pagination a[rel=next]") is null)
            {
                return links;
            }
        }
    }

    [Fact]
    public async Task Index_EveryArticleAppearsOnce_InTheJournalsOrder()
    {
        var visitor = await VisitorOfAStoreWithManyArticlesAsync();

        var links = await EveryPageAsync(visitor, "/journal");

        Assert.Equal(ArticleCount, links.Count);
        Assert.Equal(await ExpectedAsync(null), links);
    }

    [Fact]
    public async Task Index_ForAPillar_EveryArticleAppearsOnce_InTheJournalsOrder()
    {
        var visitor = await VisitorOfAStoreWithManyArticlesAsync();

        var links = await EveryPageAsync(visitor, "/journal?pilier=diplomatie");

        var expected = await ExpectedAsync(Pillar.Diplomacy);
        Assert.True(expected.Count > JournalIndex.PageSize, "too few articles of the pillar for several pages");
        Assert.Equal(expected, links);
    }
}
