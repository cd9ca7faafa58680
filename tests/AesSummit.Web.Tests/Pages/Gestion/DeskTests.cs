using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Tests.Support;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>The desk at /gestion: what waits for whom, oldest first, and a scheduled item taken back from it.</summary>
public sealed class DeskTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>Everything a writer has in progress, scheduled and submitted included, by title.</summary>
    private static readonly string[] WriterItems = ["Brouillon en cours", "Programmée", "Renvoyée", "Soumise en premier", "Soumise ensuite"];

    private static List<string> Titles(AngleSharp.Dom.IDocument desk, string section) =>
        desk.QuerySelectorAll($"section[aria-labelledby={section}] .desk li > a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Desk_ShowsEachRoleWhatWaitsForIt()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        await ArticleForms.CreateAsync(writer, "Brouillon en cours");
        var first = await ArticleForms.CreateAsync(writer, "Soumise en premier");
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(first, "form[action*=Submit]")).StatusCode);
        _factory.Clock.Advance(TimeSpan.FromHours(3));
        var second = await ArticleForms.CreateAsync(writer, "Soumise ensuite");
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(second, "form[action*=Submit]")).StatusCode);
        var later = await ArticleForms.CreateAsync(writer, "Programmée");
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(later, "form[action*=Submit]")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(later, "form[action*=Validate]", new Dictionary<string, string> { ["PublishAt"] = "2025-12-23T08:00" })).StatusCode);
        var sentBack = await ArticleForms.CreateAsync(writer, "Renvoyée");
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(sentBack, "form[action*=Submit]")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(sentBack, "form[action*=SendBack]", new Dictionary<string, string> { ["Reason"] = "Préciser la date." })).StatusCode);

        var desk = await secretariat.GetDocumentAsync("/gestion");

        Assert.Equal(["Soumise en premier", "Soumise ensuite"], Titles(desk, "validate-title").Where(t => t.StartsWith("Soumise", StringComparison.Ordinal)));
        var oldest = desk.QuerySelector("section[aria-labelledby=validate-title] .desk li")!.TextContent;
        Assert.Contains("depuis 3 h", oldest, StringComparison.Ordinal);
        Assert.Contains("par redacteur@aes.test", oldest, StringComparison.Ordinal);
        Assert.DoesNotContain("Brouillon en cours", desk.Body!.TextContent, StringComparison.Ordinal);
        // The test content holds an article of its own scheduled for 2026.
        Assert.Equal(["Programmée", "Article programmé pour plus tard"], Titles(desk, "scheduled-title"));
        Assert.Contains("23 décembre 2025 à 08:00", desk.QuerySelector("section[aria-labelledby=scheduled-title]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Renvoyée"], Titles(desk, "sentback-title"));

        var mine = Titles(await writer.GetDocumentAsync("/gestion"), "mine-title");
        Assert.Equal(WriterItems, mine.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ScheduledItem_TakenBackFromTheDesk_WaitsForValidationAgain()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = await ArticleForms.CreateAsync(writer, "Programmée puis reprise");
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=Submit]")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=Validate]", new Dictionary<string, string> { ["PublishAt"] = "2025-12-23T08:00" })).StatusCode);

        var form = (IHtmlFormElement)(await secretariat.GetDocumentAsync("/gestion")).QuerySelector("section[aria-labelledby=scheduled-title] form")!;
        using var taken = await secretariat.PostFormAsync(form, "/gestion");

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(PublicationStatus.Submitted, await _factory.InStoreAsync(db => db.Articles.Where(a => a.Title == "Programmée puis reprise").Select(a => a.Status).SingleAsync()));
        var desk = await secretariat.GetDocumentAsync("/gestion");
        Assert.DoesNotContain("Programmée puis reprise", Titles(desk, "scheduled-title"));
        Assert.Contains("Programmée puis reprise", Titles(desk, "validate-title"));
        _factory.Clock.SetUtcNow(new DateTimeOffset(2025, 12, 23, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.Client().GetAsync("/journal/programmee-puis-reprise")).StatusCode);
    }
}
