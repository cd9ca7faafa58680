using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Features.Programme;

/// <summary>The programme's iCalendar files, read back by Ical.Net as a calendar application would.</summary>
public sealed class ProgrammeCalendarTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<Calendar> GetCalendarAsync(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        return Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    private static CalendarEvent Event(Calendar calendar, string sessionSlug) =>
        Assert.Single(calendar.Events, e => e.Uid == $"bamako-test.{sessionSlug}@sommets.confederation-aes");

    [Fact]
    public async Task FeaturedProgramme_HoldsEverySessionWithExactUtcTimes()
    {
        var calendar = await GetCalendarAsync("/programme.ics");

        Assert.Equal(await _factory.InStoreAsync(db => db.Summits.Where(s => s.Slug == "bamako-test").SelectMany(s => s.Phases).SelectMany(p => p.Sessions).CountAsync()), calendar.Events.Count);
        var plenary = Event(calendar, "conseil-pleniere");
        Assert.Equal("Séance plénière du Conseil des Ministres", plenary.Summary);
        Assert.Equal(new DateTime(2025, 12, 20, 10, 0, 0, DateTimeKind.Utc), plenary.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2025, 12, 20, 13, 0, 0, DateTimeKind.Utc), plenary.DtEnd!.AsUtc);
        Assert.True(plenary.DtStart.IsUtc);
        Assert.Equal(0, plenary.Sequence);
        Assert.Equal("CONFIRMED", plenary.Status);
        Assert.Contains("Palais de Koulouba", plenary.Location, StringComparison.Ordinal);
        Assert.Equal("http://localhost/sommets/bamako-test/programme#session-conseil-pleniere", plenary.Url!.ToString());
    }

    [Theory]
    [InlineData("/programme.ics")]
    [InlineData("/sommets/bamako-test/seances/conseil-pleniere.ics")]
    public async Task PublishedCalendar_NamesThePortalAndEveryEventsOrganizer(string url)
    {
        var text = await _factory.CreateClient().GetStringAsync(url);
        var calendar = Calendar.Load(text)!;

        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal("-//Confédération des États du Sahel//Portail des sommets//FR", calendar.ProductId);
        Assert.DoesNotContain("ical.net", text, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(calendar.Events);
        Assert.All(calendar.Events, e => Assert.Equal("Secrétariat Permanent de la Confédération des États du Sahel", e.Organizer!.CommonName));
        // Without a configured address the organizer is the Confederation's page (a URI, as RFC 5545 allows; Ical.Net's own
        // reader only understands mailto, hence the raw lines).
        var organizers = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n").Where(l => l.StartsWith("ORGANIZER", StringComparison.Ordinal)).ToList();
        Assert.Equal(calendar.Events.Count, organizers.Count);
        Assert.All(organizers, line => Assert.EndsWith(":http://localhost/confederation", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Organizer_IsTheSecretariatsAddressWhenConfigured()
    {
        using var factory = new SummitAppFactory(settings: new Dictionary<string, string> { ["Site:ContactEmail"] = "secretariat@sommets.example.org" });

        var calendar = Calendar.Load(await factory.CreateClient().GetStringAsync("/programme.ics"))!;

        Assert.All(calendar.Events, e => Assert.Equal("mailto:secretariat@sommets.example.org", e.Organizer!.Value!.ToString()));
    }

    [Fact]
    public async Task NiameySession_IsExactInUtcWhateverTheReadersZone()
    {
        var calendar = await GetCalendarAsync("/sommets/niamey-test/programme.ics");

        // 10:00 in Niamey (UTC+1) is 09:00 UTC.
        var first = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).First();
        Assert.Equal(new DateTime(2024, 7, 6, 9, 0, 0, DateTimeKind.Utc), first.DtStart!.AsUtc);
    }

    [Fact]
    public async Task PostponedAndSampleSessions_SaySo()
    {
        var calendar = await GetCalendarAsync("/programme.ics");

        Assert.Equal("TENTATIVE", Event(calendar, "commission-defense").Status);
        Assert.StartsWith("Reportée", Event(calendar, "commission-defense").Summary, StringComparison.Ordinal);
        Assert.Contains("Texte de démonstration", Event(calendar, "ouverture-experts").Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionFile_HoldsThatSessionOnly_WithTheSameUid()
    {
        var calendar = await GetCalendarAsync("/sommets/bamako-test/seances/conseil-pleniere.ics");

        var single = Assert.Single(calendar.Events);
        Assert.Equal(Event(await GetCalendarAsync("/programme.ics"), "conseil-pleniere").Uid, single.Uid);
    }

    [Fact]
    public async Task ProgrammePage_LinksEachSessionToItsCalendarFile()
    {
        var page = await _factory.Client().GetDocumentAsync("/programme");

        var link = page.QuerySelector("#session-conseil-pleniere a[href$='.ics']");
        Assert.Equal("/sommets/bamako-test/seances/conseil-pleniere.ics", link!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a[href='/sommets/bamako-test/programme.ics']"));
    }

    [Fact]
    public async Task CancellingASession_RaisesItsSequenceAndMarksItCancelled()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var id = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Slug == "conseil-pleniere").Select(s => s.Id).SingleAsync());

        await secretariat.SubmitAsync($"/gestion/programme/seances/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.Start"] = "2025-12-20T15:00",
            ["Input.End"] = "2025-12-20T18:00",
        });
        var moved = Event(await GetCalendarAsync("/programme.ics"), "conseil-pleniere");
        await secretariat.SubmitAsync($"/gestion/programme/seances/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.Status"] = "Cancelled",
        });
        var cancelled = Event(await GetCalendarAsync("/programme.ics"), "conseil-pleniere");

        Assert.Equal(1, moved.Sequence);
        Assert.Equal(new DateTime(2025, 12, 20, 15, 0, 0, DateTimeKind.Utc), moved.DtStart!.AsUtc);
        Assert.Equal(2, cancelled.Sequence);
        Assert.Equal("CANCELLED", cancelled.Status);
    }

    [Theory]
    [InlineData("/sommets/inconnu/programme.ics")]
    [InlineData("/sommets/bamako-test/seances/inconnue.ics")]
    public async Task UnknownSummitOrSession_Is404(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync(url)).StatusCode);
    }
}
