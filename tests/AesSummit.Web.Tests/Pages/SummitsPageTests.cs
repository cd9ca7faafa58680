using System.Net;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Pages;

public sealed class SummitsPageTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Index_ListsEveryEditionNewestFirst()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/sommets");

        Assert.Equal(["Sommet d'essai de Bamako", "Premier sommet d'essai"], page.Texts(".card h2"));
    }

    [Fact]
    public async Task Details_ShowsTheEditionAndItsPhases()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/sommets/niamey-test");

        Assert.Equal("Premier sommet d'essai", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Niamey (Niger), 6 juillet 2024", page.QuerySelector(".eyebrow")!.TextContent);
        Assert.Equal("Terminée", page.QuerySelector(".phase .state")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/sommets/inconnu")]
    [InlineData("/sommets/inconnu/programme")]
    public async Task UnknownSlug_GetsTheFrench404Page(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page introuvable", page.QuerySelector("h1")!.TextContent.Trim());
    }
}
