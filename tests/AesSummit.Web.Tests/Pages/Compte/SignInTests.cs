using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Pages.Compte;

public sealed class SignInTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SignIn_SetsAnHttpOnlySameSiteCookieAndReachesTheDashboard()
    {
        await _factory.CreateAccountAsync("sp@aes.test", Roles.PermanentSecretariat);
        var client = _factory.Client();

        var response = await client.SignInAsync("sp@aes.test", Accounts.Password);

        Assert.Equal("/gestion", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("aes.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/gestion")).StatusCode);
    }

    [Fact]
    public async Task SignIn_OverHttps_MarksTheCookieSecure()
    {
        await _factory.CreateAccountAsync("sp@aes.test", Roles.PermanentSecretariat);
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var response = await client.SignInAsync("sp@aes.test", Accounts.Password);

        Assert.Contains("secure", response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("aes.session=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_IsLockedEvenWithTheRightOne()
    {
        await _factory.CreateAccountAsync("redacteur@aes.test", Roles.Writer);
        var client = _factory.Client();
        for (var i = 0; i < 5; i++)
        {
            var failed = await client.SignInAsync("redacteur@aes.test", "mauvais mot de passe " + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var response = await client.SignInAsync("redacteur@aes.test", Accounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("bloqué", (await response.ReadDocumentAsync()).Alert()!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ToAnUnknownAccount_SaysNothingMoreThanAWrongPassword()
    {
        var client = _factory.Client();

        var response = await client.SignInAsync("personne@aes.test", Accounts.Password);

        Assert.Equal("Adresse ou mot de passe incorrect. Après cinq échecs, le compte est bloqué pendant quinze minutes.", (await response.ReadDocumentAsync()).Alert()!.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_WithAForeignReturnUrl_StaysOnThePortal()
    {
        await _factory.CreateAccountAsync("sp@aes.test", Roles.PermanentSecretariat);
        var client = _factory.Client();

        var response = await client.SubmitAsync("/compte/connexion?ReturnUrl=https%3A%2F%2Fevil.example%2F", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "sp@aes.test",
            ["Input.Password"] = Accounts.Password,
        });

        Assert.Equal("/gestion", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_ByPost_EndsTheSession()
    {
        var client = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);

        var response = await client.SubmitAsync("/gestion", "form[action='/compte/deconnexion']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/gestion")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_RefusesAWeakOneAndAcceptsAStrongOne()
    {
        var client = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);

        var weak = await client.SubmitAsync("/compte/mot-de-passe", "main form", new Dictionary<string, string>
        {
            ["Input.Current"] = Accounts.Password,
            ["Input.New"] = "motdepasse123",
            ["Input.Confirm"] = "motdepasse123",
        });
        var strong = await client.SubmitAsync("/compte/mot-de-passe", "main form", new Dictionary<string, string>
        {
            ["Input.Current"] = Accounts.Password,
            ["Input.New"] = "le fleuve Niger coule vers l'est",
            ["Input.Confirm"] = "le fleuve Niger coule vers l'est",
        });

        Assert.Contains("trop facile à deviner", (await weak.ReadDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Votre mot de passe a été changé.", (await strong.ReadDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        var fresh = _factory.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync("sp@aes.test", "le fleuve Niger coule vers l'est")).StatusCode);
    }

    [Fact]
    public async Task Administrator_CreatesAnAccountAndDisablesIt()
    {
        var admin = await _factory.SignedInAsync("admin@aes.test", Roles.Administrator);

        var created = await admin.SubmitAsync("/gestion/comptes", "form[action*=Create]", new Dictionary<string, string>
        {
            ["Input.Email"] = "nouveau@aes.test",
            ["Input.Password"] = "une autre phrase de passe",
            ["Input.Roles"] = Roles.Writer,
        });
        var signedIn = await _factory.Client().SignInAsync("nouveau@aes.test", "une autre phrase de passe");
        var page = await admin.GetDocumentAsync("/gestion/comptes");
        var disableForm = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelectorAll("form[action*=Disable]")
            .Single(f => f.QuerySelector("input[name=email]")!.GetAttribute("value") == "nouveau@aes.test");
        var disabled = await admin.PostFormAsync(disableForm, "/gestion/comptes");
        var refused = await _factory.Client().SignInAsync("nouveau@aes.test", "une autre phrase de passe");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("désactivé", (await refused.ReadDocumentAsync()).Alert()!.TextContent, StringComparison.Ordinal);
    }
}
