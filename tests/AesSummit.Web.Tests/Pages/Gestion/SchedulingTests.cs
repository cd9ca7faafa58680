using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>A validation for later says when the item goes out; a time already past is refused, never replaced by "now".</summary>
public sealed class SchedulingTests : IDisposable
{
    // 21 December 2025, 12:00 in Bamako (GMT).
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpClient Secretariat, string Page, int Id)> SubmittedArticleAsync()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = await ArticleForms.SubmittedAsync(writer, "Dépêche programmée");
        var id = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Title == "Dépêche programmée").Select(a => a.Id).SingleAsync());
        return (secretariat, page, id);
    }

    [Fact]
    public async Task Validate_WithATimeAlreadyPast_IsRefusedInFrenchAndPublishesNothing()
    {
        var (secretariat, page, id) = await SubmittedArticleAsync();

        using var response = await secretariat.SubmitAsync(page, "form[action*=Validate]", new Dictionary<string, string> { ["PublishAt"] = "2025-12-21T09:00" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var alert = Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("heure de publication est déjà passée", alert, StringComparison.Ordinal);
        Assert.Equal(PublicationStatus.Submitted, await _factory.InStoreAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task ValidatedForLater_SaysWhenInTheBackOffice_WhileThePublicWaits()
    {
        var (secretariat, page, _) = await SubmittedArticleAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=Validate]", new Dictionary<string, string> { ["PublishAt"] = "2025-12-23T18:00" })).StatusCode);

        const string scheduled = "Programmé pour le 23 décembre 2025 à 18:00, heure de Bamako (GMT)";
        var details = await secretariat.GetDocumentAsync(page);
        Assert.Equal(scheduled, details.QuerySelector(".status-badge")!.TextContent.Trim());
        Assert.Null(details.QuerySelector("a[href='/journal/depeche-programmee']"));
        Assert.Contains(scheduled, (await secretariat.GetDocumentAsync("/gestion/articles")).QuerySelector(".data-table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.Client().GetAsync("/journal/depeche-programmee")).StatusCode);

        _factory.Clock.SetUtcNow(new DateTimeOffset(2025, 12, 23, 18, 0, 1, TimeSpan.Zero));
        // Two days on, the session cookie has expired: the Secretariat signs in again.
        secretariat = await _factory.SignedInAsync("sp2@aes.test", Roles.PermanentSecretariat);

        Assert.Equal("Publié", (await secretariat.GetDocumentAsync(page)).QuerySelector(".status-badge")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await _factory.Client().GetAsync("/journal/depeche-programmee")).StatusCode);
    }
}
