using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Pages;

public sealed class ProgrammePageTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Get_ShowsPhasesThenDaysThenSessionsOfTheFeaturedSummit()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/programme");

        Assert.Equal(
            ["Réunion des Experts", "Session confédérale du Conseil des Ministres", "Collège des Chefs d'État"],
            page.Texts(".programme-phase h2"));
        Assert.Equal(
            ["Lundi 15 décembre 2025", "Mardi 16 décembre 2025", "Samedi 20 décembre 2025", "Mardi 23 décembre 2025"],
            page.Texts("h3.day"));
        Assert.Equal(4, page.QuerySelectorAll(".session").Length);
    }

    [Fact]
    public async Task Get_ShowsEachSessionsHoursVenueKindAndStatus()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/programme");

        var session = page.QuerySelector("#session-commission-defense")!;
        Assert.StartsWith("14:00–17:00", session.QuerySelector(".session-time")!.TextContent.Trim());
        Assert.Contains("Travaux en commission", session.TextContent);
        Assert.Contains("Reportée", session.TextContent);
        Assert.Contains("Lieu : Salle d'essai B", session.TextContent);
    }

    [Fact]
    public async Task Get_WritesTheZoneOfBamakoNextToTheTimes()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/programme");

        Assert.Equal("Horaires en heure de Bamako (GMT).", page.QuerySelector(".zone-note")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_OfANiameyEdition_ShowsLocalTimesInUtcPlusOne()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/sommets/niamey-test/programme");

        var session = page.QuerySelector("#session-signature-traite")!;
        Assert.StartsWith("10:00–12:00", session.QuerySelector(".session-time")!.TextContent.Trim());
        // The machine-readable instant is UTC: 10:00 in Niamey is 09:00Z.
        Assert.Equal("2024-07-06T09:00:00Z", session.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Horaires en heure de Niamey (UTC+1).", page.QuerySelector(".zone-note")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_MarksSpecimenSessions()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/programme");

        Assert.Contains("Texte de démonstration", page.QuerySelector("#session-ouverture-experts")!.TextContent);
        Assert.DoesNotContain("Texte de démonstration", page.QuerySelector("#session-conseil-pleniere")!.TextContent);
    }
}
