using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Tests.Pages.Gestion;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Security;

/// <summary>
/// Every POST handler, posted by an account that holds every role, without a token, with a forged one and with one from
/// another session: 400, and nothing changed. The handler list is the authorization matrix's, which is checked against
/// the app's own handlers.
/// </summary>
public sealed class AntiforgeryTests : IDisposable
{
    private const string TokenField = "__RequestVerificationToken";

    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static string? TokenOf(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value");

    /// <summary>Fields that would carry out each move, had the token been good: the item's current version, a reason, a target account.</summary>
    private async Task<Dictionary<string, string>> FieldsAsync(BackOfficeItems items, string? token)
    {
        var versions = await _factory.InStoreAsync(async db => new
        {
            Article = await db.Articles.Where(a => a.Id == items.ArticleId).Select(a => a.Version).SingleAsync(),
            Text = await db.OfficialTexts.Where(t => t.Id == items.TextId).Select(t => t.Version).SingleAsync(),
        });
        var fields = new Dictionary<string, string>
        {
            ["Version"] = versions.Article.ToString(),
            ["Reason"] = "Motif de test",
            ["email"] = "cible@aes.test",
            ["roles"] = Roles.Administrator,
            ["Input.Title"] = "Titre forgé",
            ["Input.Summary"] = "Résumé.",
            ["Input.Body"] = "Corps.",
            ["Input.Pillars"] = "diplomatie",
            ["Input.Email"] = "forge@aes.test",
            ["Input.Password"] = Accounts.Password,
            ["Input.Roles"] = Roles.Administrator,
            ["Input.Venue"] = "Lieu forgé",
            ["Input.Current"] = Accounts.Password,
            ["Input.New"] = "une autre phrase de passe",
            ["Input.Confirm"] = "une autre phrase de passe",
        };
        if (token is not null)
        {
            fields[TokenField] = token;
        }

        return fields;
    }

    private async Task<(HttpClient Client, BackOfficeItems Items, string AnonymousToken)> ArrangeAsync()
    {
        var items = await BackOfficeItems.ArrangeAsync(_factory);
        await _factory.CreateAccountAsync("tous@aes.test", Roles.All.ToArray());
        await _factory.CreateAccountAsync("cible@aes.test", Roles.Writer);
        var client = _factory.Client();

        // Taken from the sign-in page before signing in: the right cookie, but a token made for nobody.
        var anonymous = TokenOf(await client.GetDocumentAsync("/compte/connexion"))!;
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("tous@aes.test", Accounts.Password)).StatusCode);
        return (client, items, anonymous);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("empty")]
    [InlineData("forged")]
    [InlineData("another session")]
    [InlineData("before sign-in")]
    public async Task EveryBackOfficePost_WithoutAValidToken_Is400AndChangesNothing(string kind)
    {
        var (client, items, anonymous) = await ArrangeAsync();
        var other = await _factory.SignedInAsync("autre@aes.test", Roles.All.ToArray());
        var token = kind switch
        {
            "none" => null,
            "empty" => string.Empty,
            "forged" => "CfDJ8" + new string('A', 150),
            "another session" => TokenOf(await other.GetDocumentAsync("/gestion")),
            _ => anonymous,
        };
        var before = await Hostile.SnapshotAsync(_factory);

        foreach (var (_, url, handler) in AuthorizationMatrixTests.Requests.Where(r => r.Method == "POST"))
        {
            var target = AuthorizationMatrixTests.Resolve(url, items, handler);
            using var response = await client.PostAsync(target, new FormUrlEncodedContent(await FieldsAsync(items, token)));

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {target} with a token {kind} answered {(int)response.StatusCode}");
            // Refused for its token, not by the handler's own checks: the bare 400 page, not the handler's page with a form error.
            var heading = Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent;
            Assert.True(heading == "Requête invalide", $"POST {target} with a token {kind} reached its handler (page: {heading})");
        }

        Assert.Equal(before, await Hostile.SnapshotAsync(_factory));
    }

    [Fact]
    public async Task EveryBackOfficePost_WithTheRightToken_ReachesItsHandler()
    {
        // The control of the test above: the same requests, with the session's own token, are not refused for their token.
        var (client, items, _) = await ArrangeAsync();
        var token = TokenOf(await client.GetDocumentAsync("/gestion"));

        using var response = await client.PostAsync(AuthorizationMatrixTests.Resolve("/gestion/articles/{a}", items, "Validate"), new FormUrlEncodedContent(await FieldsAsync(items, token)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PublicationStatus.Published, await _factory.InStoreAsync(db => db.Articles.Where(a => a.Id == items.ArticleId).Select(a => a.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("another session")]
    public async Task AccountPosts_WithoutAValidToken_Are400(string kind)
    {
        await _factory.CreateAccountAsync("sp@aes.test", Roles.PermanentSecretariat);
        var client = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var other = await _factory.SignedInAsync("autre@aes.test", Roles.Writer);
        var token = kind == "none" ? null : TokenOf(await other.GetDocumentAsync("/gestion"));
        var fields = new Dictionary<string, string> { ["Input.Email"] = "sp@aes.test", ["Input.Password"] = Accounts.Password };
        if (token is not null)
        {
            fields[TokenField] = token;
        }

        // Signing someone out from another site, or into an account of the attacker's choosing, needs a token too.
        using var signOut = await client.PostAsync("/compte/deconnexion", new FormUrlEncodedContent(fields));
        using var signIn = await _factory.Client().PostAsync("/compte/connexion", new FormUrlEncodedContent(fields));
        using var verify = await _factory.Client().PostAsync("/textes/verifier", new FormUrlEncodedContent(fields));

        foreach (var response in new[] { signOut, signIn, verify })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            // A person whose form went stale reads why, in French, not a blank page.
            Assert.Equal("Requête invalide", Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/gestion")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithATokenFromBeforeSignOut_Is400()
    {
        var client = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var stale = TokenOf(await client.GetDocumentAsync("/gestion"))!;
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/gestion", "form[action='/compte/deconnexion']")).StatusCode);

        using var response = await client.PostAsync("/compte/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [TokenField] = stale,
            ["Input.Email"] = "redacteur@aes.test",
            ["Input.Password"] = Accounts.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/gestion")).StatusCode);
    }

    [Fact]
    public async Task BackOfficePost_WithATokenFromBeforeSignOut_SendsToSignInAndChangesNothing()
    {
        var items = await BackOfficeItems.ArrangeAsync(_factory);
        var client = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var stale = TokenOf(await client.GetDocumentAsync($"/gestion/articles/{items.ArticleId}"))!;
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/gestion", "form[action='/compte/deconnexion']")).StatusCode);
        var before = await Hostile.SnapshotAsync(_factory);

        using var response = await client.PostAsync($"/gestion/articles/{items.ArticleId}?handler=Validate", new FormUrlEncodedContent(await FieldsAsync(items, stale)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/compte/connexion", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await Hostile.SnapshotAsync(_factory));
    }
}
