using System.Net;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Pages;

/// <summary>/recherche: FTS5 over what visitors may see, without regard to accents or case.</summary>
public sealed class SearchPageTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<AngleSharp.Dom.IDocument> SearchAsync(string query, int page = 1)
    {
        var url = $"/recherche?q={Uri.EscapeDataString(query)}" + (page > 1 ? $"&page={page}" : string.Empty);
        return await _factory.Client().GetDocumentAsync(url);
    }

    private static List<string> ResultLinks(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")!).ToList();

    [Theory]
    [InlineData("protocole defense")]
    [InlineData("PROTOCOLE DÉFENSE")]
    [InlineData("protocoles défense")]
    public async Task WordsWithOrWithoutAccents_FindTheText(string query)
    {
        var page = await SearchAsync(query);

        Assert.Contains("/textes/protocole-essai", ResultLinks(page));
    }

    [Fact]
    public async Task Results_MarkTheMatchedWords()
    {
        var page = await SearchAsync("protocole defense");

        var title = page.QuerySelector(".search-results a[href='/textes/protocole-essai']")!;
        Assert.Equal(["Protocole", "défense"], title.QuerySelectorAll("mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task ArticleBody_IsSearchedAndExcerpted()
    {
        var page = await SearchAsync("feuille de route");

        Assert.Contains("/journal/conseil-des-ministres", ResultLinks(page)[0], StringComparison.Ordinal);
        Assert.Contains("feuille", page.QuerySelector(".search-results .excerpt mark")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ValidatedButNotYetDueArticle_IsNotFound()
    {
        var page = await SearchAsync("apparaître");

        Assert.Empty(ResultLinks(page));
        Assert.Contains("Aucun résultat", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftArticle_IsNotFound_UntilPublished()
    {
        await _factory.AddArticlesAsync(
            new ArticleBuilder().WithTitle("Brouillon sur la transhumance").Draft(),
            new ArticleBuilder().WithSlug("publie-transhumance").WithTitle("Article publié sur la transhumance").Published());

        var page = await SearchAsync("transhumance");

        Assert.Equal(["/journal/publie-transhumance"], ResultLinks(page));
    }

    [Fact]
    public async Task ManyResults_ArePaginated()
    {
        await _factory.AddArticlesAsync(Enumerable.Range(1, 13)
            .Select(i => new ArticleBuilder().WithTitle($"Hydraulique pastorale, épisode {i}").Published()).ToArray());

        var first = await SearchAsync("hydraulique");
        var second = await SearchAsync("hydraulique", page: 2);

        Assert.Equal(10, ResultLinks(first).Count);
        Assert.Equal(3, ResultLinks(second).Count);
        Assert.Empty(ResultLinks(first).Intersect(ResultLinks(second)));
        Assert.Equal("/recherche?q=hydraulique&page=2", first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync("/recherche?q=hydraulique&page=3")).StatusCode);
    }

    [Theory]
    [InlineData("\"<script>alert(1)</script>")]
    [InlineData("NEAR(a b")]
    [InlineData("protocole OR * -défense \"")]
    [InlineData("'; DROP TABLE Articles; --")]
    [InlineData("^col:x")]
    public async Task HostileQueries_AnswerAPageWithoutScript(string query)
    {
        var response = await _factory.CreateClient().GetAsync($"/recherche?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("/textes/protocole-essai", ResultLinks(await SearchAsync("essai")));
    }

    [Theory]
    [InlineData("/recherche?q=essai&page=0")]
    [InlineData("/recherche?q=essai&page=abc")]
    public async Task InvalidPage_IsA4xx(string url)
    {
        var status = (await _factory.CreateClient().GetAsync(url)).StatusCode;

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task EmptyQuery_ShowsTheFormOnly()
    {
        var page = await _factory.Client().GetDocumentAsync("/recherche");

        Assert.NotNull(page.QuerySelector("form[role=search] input[name=q]"));
        Assert.Empty(ResultLinks(page));
    }
}
