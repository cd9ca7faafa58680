using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Pages;

public sealed class HomePageTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Get_ShowsFeaturedSummitWithItsPlaceAndDates()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/");

        Assert.Equal("Sommet d'essai de Bamako", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Bamako, 15–23 décembre 2025", page.QuerySelector(".hero-place")!.TextContent);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Get_GivesEachPhaseItsStateRelativeToTheClock()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/");

        var states = page.QuerySelectorAll(".phase")
            .Select(p => (p.QuerySelector("h3")!.TextContent.Trim(), p.QuerySelector(".state")!.TextContent.Trim()))
            .ToList();
        Assert.Equal(
            [("Réunion des Experts", "Terminée"), ("Session confédérale du Conseil des Ministres", "En cours"), ("Collège des Chefs d'État", "À venir")],
            states);
    }

    [Fact]
    public async Task Get_ShowsConfederationPresentationLatestArticlesAndTexts()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/");

        Assert.Contains("Burkina Faso, Mali et Niger", page.Body!.TextContent);
        Assert.Equal(
            ["Le Conseil des Ministres siège au Palais de Koulouba", "Ouverture de la réunion des experts"],
            page.Texts(".articles h3"));
        Assert.Contains("Protocole additionnel d'essai relatif à la défense", page.Body.TextContent);
    }

    [Fact]
    public async Task Get_NeverShowsAnArticleWhosePublicationTimeHasNotCome()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/");

        Assert.DoesNotContain("Article programmé pour plus tard", page.Body!.TextContent);
    }
}
