using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>The programme, fully editable by the Permanent Secretariat: a session's title, kind, description and specimen mark, and new sessions.</summary>
public sealed class ProgrammeEditingTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task NewTitleAndNoSpecimenMark_ShowPubliclyAndTheTitleChangeIsListed()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var id = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Slug == "ouverture-experts").Select(s => s.Id).SingleAsync());
        var oldTitle = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Id == id).Select(s => s.Title).SingleAsync());

        var saved = await secretariat.SubmitAsync($"/gestion/programme/seances/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Ouverture solennelle des travaux des experts",
            ["Input.Description"] = "Allocutions d'ouverture.",
            ["Input.IsSample"] = "false",
            ["Input.Reason"] = "Intitulé officiel.",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var session = (await _factory.Client().GetDocumentAsync("/programme")).QuerySelector("#session-ouverture-experts")!;
        Assert.Contains("Ouverture solennelle des travaux des experts", session.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Texte de démonstration", session.TextContent, StringComparison.Ordinal);
        var change = (await _factory.Client().GetDocumentAsync("/programme/modifications")).QuerySelector(".changes li.card")!.TextContent;
        Assert.Contains(oldTitle, change, StringComparison.Ordinal);
        Assert.Contains("Intitulé officiel.", change, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewSession_AppearsInTheProgrammeAndItsCalendar()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var programme = await secretariat.GetDocumentAsync("/gestion/programme?sommet=bamako-test");
        var addUrl = programme.QuerySelector("a[href*='seances/nouvelle']")!.GetAttribute("href")!;

        var added = await secretariat.SubmitAsync(addUrl, "main form", new Dictionary<string, string>
        {
            ["Input.Phase"] = "ministres",
            ["Input.Title"] = "Rencontre avec la presse régionale",
            ["Input.Kind"] = "PressBriefing",
            ["Input.Start"] = "2025-12-20T17:00",
            ["Input.End"] = "2025-12-20T18:00",
            ["Input.Venue"] = "Salle de presse",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Rencontre avec la presse régionale", (await _factory.Client().GetDocumentAsync("/programme")).Body!.TextContent, StringComparison.Ordinal);
        var calendar = Ical.Net.Calendar.Load(await _factory.Client().GetStringAsync("/programme.ics"))!;
        Assert.Contains(calendar.Events, e => e.Summary == "Rencontre avec la presse régionale" && e.Uid == "bamako-test.rencontre-avec-la-presse-regionale@sommets.confederation-aes");
    }

    [Fact]
    public async Task NewSessions_WithTheSameTitleInTwoPhases_GetDistinctSlugsInTheEdition()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        foreach (var phase in new[] { "experts", "ministres" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync("/gestion/programme/seances/nouvelle?sommet=bamako-test", "main form", new Dictionary<string, string>
            {
                ["Input.Phase"] = phase,
                ["Input.Title"] = "Point de presse",
                ["Input.Start"] = "2025-12-16T18:00",
                ["Input.End"] = "2025-12-16T18:30",
                ["Input.Venue"] = "Salle de presse",
            })).StatusCode);
        }

        var slugs = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Title == "Point de presse").Select(s => s.Slug).ToListAsync());
        Assert.Equal(2, slugs.Distinct().Count());
    }

    [Fact]
    public async Task NewSession_EndingBeforeItStarts_IsAFormError()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);

        using var refused = await secretariat.SubmitAsync("/gestion/programme/seances/nouvelle?sommet=bamako-test", "main form", new Dictionary<string, string>
        {
            ["Input.Phase"] = "ministres",
            ["Input.Title"] = "Séance à l'envers",
            ["Input.Start"] = "2025-12-20T17:00",
            ["Input.End"] = "2025-12-20T16:00",
            ["Input.Venue"] = "Salle A",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0, await _factory.InStoreAsync(db => db.Sessions.CountAsync(s => s.Title == "Séance à l'envers")));
    }

    [Fact]
    public async Task Cancel_KeepsTheSessionShownAsCancelledWithItsReasonInTheProgrammeCalendarAndChanges()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var id = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Slug == "ouverture-experts").Select(s => s.Id).SingleAsync());

        var cancelled = await secretariat.SubmitAsync($"/gestion/programme/seances/{id}", "form[action*=Cancel]", new Dictionary<string, string>
        {
            ["CancelReason"] = "Séance fondue dans la plénière.",
        });

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(1, await _factory.InStoreAsync(db => db.Sessions.CountAsync(s => s.Id == id)));
        var visitor = _factory.Client();
        Assert.Contains("Annulée", (await visitor.GetDocumentAsync("/programme")).QuerySelector("#session-ouverture-experts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Séance fondue dans la plénière.", (await visitor.GetDocumentAsync("/programme/modifications")).QuerySelector(".changes li.card")!.TextContent, StringComparison.Ordinal);
        var calendar = Ical.Net.Calendar.Load(await visitor.GetStringAsync("/programme.ics"))!;
        Assert.Equal("CANCELLED", calendar.Events.Single(e => e.Uid!.StartsWith("bamako-test.ouverture-experts@", StringComparison.Ordinal)).Status);
        Assert.DoesNotContain("form[action*=Cancel]", (await secretariat.GetStringAsync($"/gestion/programme/seances/{id}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_WithoutAReason_IsAFormErrorAndChangesNothing()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var id = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Slug == "ouverture-experts").Select(s => s.Id).SingleAsync());

        var response = await secretariat.SubmitAsync($"/gestion/programme/seances/{id}", "form[action*=Cancel]", new Dictionary<string, string> { ["CancelReason"] = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Un motif est obligatoire.", (await response.ReadDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.InStoreAsync(db => db.ProgrammeChanges.CountAsync()));
    }

    [Fact]
    public async Task SessionList_FindsSessionsByWordsWithoutAccentsAndByStatus()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var all = (await secretariat.GetDocumentAsync("/gestion/programme?sommet=bamako-test")).QuerySelectorAll("tbody tr").Length;

        var found = await secretariat.GetDocumentAsync("/gestion/programme?sommet=bamako-test&q=seance+PLENIERE");
        var cancelled = await secretariat.GetDocumentAsync("/gestion/programme?sommet=bamako-test&etat=Cancelled");

        var row = Assert.Single(found.QuerySelectorAll("tbody tr"));
        Assert.Contains("Séance plénière du Conseil des Ministres", row.TextContent, StringComparison.Ordinal);
        Assert.True(all > 1);
        Assert.Empty(cancelled.QuerySelectorAll("tbody tr"));
    }
}
