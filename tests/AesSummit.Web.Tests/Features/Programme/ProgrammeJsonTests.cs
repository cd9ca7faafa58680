using System.Net;
using System.Text.Json;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Features.Programme;

public sealed class ProgrammeJsonTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<JsonElement> GetAsync(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task FeaturedProgramme_GivesPhasesAndSessionsWithOffsetTimes()
    {
        var json = await GetAsync("/programme.json");

        Assert.Equal("bamako-test", json.GetProperty("slug").GetString());
        Assert.Equal("Africa/Bamako", json.GetProperty("timeZone").GetString());
        var phases = json.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal(["experts", "ministres", "chefs-d-etat"], phases.Select(p => p.GetProperty("slug").GetString()));
        var session = phases[1].GetProperty("sessions")[0];
        Assert.Equal("2025-12-20T10:00:00+00:00", session.GetProperty("start").GetString());
        Assert.Equal("pleniere", session.GetProperty("kind").GetString());
        Assert.Equal("prevue", session.GetProperty("status").GetString());
    }

    [Fact]
    public async Task NiameyProgramme_CarriesItsOwnOffset()
    {
        var json = await GetAsync("/sommets/niamey-test/programme.json");

        var start = json.GetProperty("phases")[0].GetProperty("sessions")[0].GetProperty("start").GetString()!;
        Assert.Equal("2024-07-06T10:00:00+01:00", start);
        Assert.Equal(new DateTimeOffset(2024, 7, 6, 9, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task UnknownSummit_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync("/sommets/inconnu/programme.json")).StatusCode);
    }
}
