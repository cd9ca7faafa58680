using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Security;

/// <summary>
/// A session that ends while a writer edits a draft. What the writer experiences: the form, posted, sends them to the
/// sign-in page, which brings them back to the edit form once signed in; the draft there is the last one saved. What they
/// typed since is not kept by the server (the browser's Back button usually still has it), but nothing of the draft is
/// lost or overwritten by a half-authenticated post.
/// </summary>
public sealed class ExpiredSessionTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpClient Writer, int Id, IHtmlFormElement Form, string Page)> OpenTheEditFormAsync()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var created = await writer.SubmitAsync("/gestion/articles/nouveau", "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Brouillon en cours",
            ["Input.Summary"] = "Résumé enregistré.",
            ["Input.Body"] = "Corps enregistré.",
            ["Input.Pillars"] = "diplomatie",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Title == "Brouillon en cours").Select(a => a.Id).SingleAsync());
        var page = $"/gestion/articles/{id}/modifier";
        var form = (IHtmlFormElement)(await writer.GetDocumentAsync(page)).QuerySelector("main form")!;
        return (writer, id, form, page);
    }

    private Task<string> DraftAsync(int id) =>
        _factory.InStoreAsync(db => db.Articles.Where(a => a.Id == id).Select(a => $"{a.Title}|{a.Summary}|{a.BodyMarkdown}|{a.Version}|{a.History.Count}").SingleAsync());

    [Theory]
    [InlineData("cookie lifetime passed")]
    [InlineData("signed out in another tab")]
    [InlineData("password changed elsewhere")]
    public async Task EditPost_AfterTheSessionEnded_SendsToSignInAndKeepsTheDraft(string how)
    {
        var (writer, id, form, page) = await OpenTheEditFormAsync();
        var saved = await DraftAsync(id);
        switch (how)
        {
            case "cookie lifetime passed":
                // The cookie handler reads the app's clock: nine hours idle is past the eight-hour session.
                _factory.Clock.Advance(TimeSpan.FromHours(9));
                break;
            case "signed out in another tab":
                Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync("/gestion", "form[action='/compte/deconnexion']")).StatusCode);
                break;
            default:
                var elsewhere = _factory.Client();
                Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.SignInAsync("redacteur@aes.test", Accounts.Password)).StatusCode);
                var changed = await elsewhere.SubmitAsync("/compte/mot-de-passe", "main form", new Dictionary<string, string>
                {
                    ["Input.Current"] = Accounts.Password,
                    ["Input.New"] = "une nouvelle phrase de passe",
                    ["Input.Confirm"] = "une nouvelle phrase de passe",
                });
                Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

                // Other sessions are checked against the account's security stamp once a minute.
                _factory.Clock.Advance(TimeSpan.FromMinutes(2));
                break;
        }

        var response = await writer.PostFormAsync(form, page, new Dictionary<string, string>
        {
            ["Input.Title"] = "Titre tapé pendant l'absence",
            ["Input.Body"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/compte/connexion", location.AbsolutePath);
        Assert.Contains(Uri.EscapeDataString(page), location.Query, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(saved, await DraftAsync(id));

        // Signing in again from there leads back to the edit form, with the draft as last saved.
        var password = how == "password changed elsewhere" ? "une nouvelle phrase de passe" : Accounts.Password;
        var signedIn = await writer.SubmitAsync(location.PathAndQuery, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "redacteur@aes.test",
            ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(page, signedIn.Headers.Location!.OriginalString);
        var edit = await writer.GetDocumentAsync(page);
        Assert.Equal("Brouillon en cours", edit.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal("Corps enregistré.", edit.QuerySelector("#Input_Body")!.TextContent.Trim());
    }

    [Fact]
    public async Task EditPost_FromADisabledAccount_SendsToSignInAndKeepsTheDraft()
    {
        var (writer, id, form, page) = await OpenTheEditFormAsync();
        var saved = await DraftAsync(id);
        await using (var scope = _factory.Scope())
        {
            var accounts = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<AccountAdministration>(scope.ServiceProvider);
            await accounts.DisableAsync((await accounts.FindAsync("redacteur@aes.test"))!, "admin@aes.test");
        }

        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var response = await writer.PostFormAsync(form, page, new Dictionary<string, string> { ["Input.Title"] = "Après désactivation" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compte/connexion", response.Headers.Location!.AbsolutePath);
        Assert.Equal(saved, await DraftAsync(id));
    }
}
