using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>The Permanent Secretariat reshuffles a session; visitors read what changed at /programme/modifications.</summary>
public sealed class ProgrammeChangesTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ChangingASession_IsShownPubliclyNewestFirst()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var id = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Slug == "conseil-pleniere").Select(s => s.Id).SingleAsync());
        var page = $"/gestion/programme/seances/{id}";

        var moved = await secretariat.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Start"] = "2025-12-20T15:00",
            ["Input.End"] = "2025-12-20T18:00",
        });
        _factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var cancelled = await secretariat.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Status"] = "Cancelled",
        });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var changes = await _factory.Client().GetDocumentAsync("/programme/modifications");
        var items = changes.QuerySelectorAll(".changes > li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("Annulée", items[0], StringComparison.Ordinal);
        Assert.Contains("10:00–13:00", items[1], StringComparison.Ordinal);
        Assert.Contains("15:00–18:00", items[1], StringComparison.Ordinal);
        var programme = await _factory.Client().GetDocumentAsync("/programme");
        Assert.Contains("Annulée", programme.QuerySelector("#session-conseil-pleniere")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Id == id).Select(s => s.Revision).SingleAsync()));
    }

    [Fact]
    public async Task ChangingASession_WithTheEndBeforeTheStart_IsAFormError()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var id = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Slug == "conseil-pleniere").Select(s => s.Id).SingleAsync());

        var response = await secretariat.SubmitAsync($"/gestion/programme/seances/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.Start"] = "2025-12-20T15:00",
            ["Input.End"] = "2025-12-20T14:00",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("La fin doit être après le début.", (await response.ReadDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.InStoreAsync(db => db.ProgrammeChanges.CountAsync()));
    }

    [Fact]
    public async Task ChangingASession_WithAPublicReason_ShowsItWithTheChangeAndInTheCalendar()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var id = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Slug == "conseil-pleniere").Select(s => s.Id).SingleAsync());

        var moved = await secretariat.SubmitAsync($"/gestion/programme/seances/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.Venue"] = "Centre international de conférences de Bamako",
            ["Input.Reason"] = "Travaux au Palais de Koulouba.",
        });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var changes = await _factory.Client().GetDocumentAsync("/programme/modifications");
        Assert.Equal("Motif : Travaux au Palais de Koulouba.", changes.QuerySelector(".changes .note")!.TextContent.Trim());
        var calendar = Ical.Net.Calendar.Load(await _factory.Client().GetStringAsync("/sommets/bamako-test/seances/conseil-pleniere.ics"))!;
        Assert.Contains("Motif : Travaux au Palais de Koulouba.", calendar.Events.Single().Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangesPage_WithNoChange_SaysSo()
    {
        var page = await _factory.Client().GetDocumentAsync("/programme/modifications");

        Assert.Contains("n'a pas été modifié", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
