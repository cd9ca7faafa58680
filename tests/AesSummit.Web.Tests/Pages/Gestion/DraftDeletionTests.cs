using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>A writer may delete a draft never submitted, with its trail; nothing else is ever deleted.</summary>
public sealed class DraftDeletionTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task OwnDraft_IsDeletedWithItsTrail()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var page = await ArticleForms.CreateAsync(writer, "Brouillon à jeter");
        var id = int.Parse(page.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        using var deleted = await writer.SubmitAsync(page, "form[action*=Delete]");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("Brouillon « Brouillon à jeter » supprimé.", (await writer.GetDocumentAsync(deleted.Headers.Location!.ToString())).QuerySelector(".flash")!.TextContent.Trim());
        Assert.Equal(0, await _factory.InStoreAsync(db => db.Articles.CountAsync(a => a.Id == id)));
        Assert.Equal(0, await _factory.InStoreAsync(db => db.ArticleAuditEntries.CountAsync(e => e.ArticleId == id)));
        Assert.Equal(0, await _factory.InStoreAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id)));
    }

    [Fact]
    public async Task OnceSubmitted_ItIsNeverDeleted()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = await ArticleForms.CreateAsync(writer, "Soumis puis renvoyé");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await writer.GetDocumentAsync(page)).QuerySelector("form[action*=Delete]")!;
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=Submit]")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=SendBack]", new Dictionary<string, string> { ["Reason"] = "À revoir." })).StatusCode);

        Assert.Null((await writer.GetDocumentAsync(page)).QuerySelector("form[action*=Delete]"));
        using var refused = await writer.PostFormAsync(form, page, new Dictionary<string, string> { ["Version"] = (await writer.GetDocumentAsync(page)).QuerySelector("form[action*=Submit] input[name=Version]")!.GetAttribute("value")! });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(1, await _factory.InStoreAsync(db => db.Articles.CountAsync(a => a.Title == "Soumis puis renvoyé")));
    }

    [Fact]
    public async Task SomeoneElsesDraft_IsRefused()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var other = await _factory.SignedInAsync("autre@aes.test", Roles.Writer);
        var page = await ArticleForms.CreateAsync(writer, "Brouillon d'un autre");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await writer.GetDocumentAsync(page)).QuerySelector("form[action*=Delete]")!;
        var token = (await other.GetDocumentAsync("/gestion")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var refused = await other.PostFormAsync(form, page, new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        // Someone else's draft does not exist for them.
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(1, await _factory.InStoreAsync(db => db.Articles.CountAsync(a => a.Title == "Brouillon d'un autre")));
    }
}
