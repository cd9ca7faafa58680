using System.Net;
using AesSummit.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AesSummit.Web.Tests.Infrastructure;

/// <summary>Security headers on every page, cookies that stay where they belong, compression, cacheable assets.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static void AssertSecurityHeaders(HttpResponseMessage response, string url)
    {
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), url);
    }

    [Fact]
    public async Task EveryPublicPage_CarriesTheSecurityHeaders()
    {
        var client = _factory.Client();
        foreach (var url in SiteUrls.Public)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
            AssertSecurityHeaders(response, url);
        }
    }

    [Fact]
    public async Task EveryBackOfficePage_CarriesTheSecurityHeaders()
    {
        var admin = await _factory.SignedInAsync("admin@aes.test", SiteUrls.AllRoles);
        foreach (var url in await SiteUrls.BackOfficeAsync(_factory, admin))
        {
            var response = await admin.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            AssertSecurityHeaders(response, url);
        }
    }

    [Fact]
    public async Task DownloadsFeedsAndErrors_CarryThemToo()
    {
        var client = _factory.Client();
        string[] urls = ["/textes/protocole-essai/telecharger", "/journal/rss.xml", "/programme.ics", "/programme.json", "/sommets/bamako-test/textes.zip", "/erreur/500"];
        foreach (var url in urls)
        {
            AssertSecurityHeaders(await client.GetAsync(url), url);
        }
    }

    [Fact]
    public async Task OverHttps_HstsIsSentAndCookiesAreSecureHttpOnlyAndSameSite()
    {
        await _factory.CreateAccountAsync("sp@aes.test", AesSummit.Web.Features.Accounts.Roles.PermanentSecretariat);
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://sommets.test") });

        var form = await client.GetAsync("/compte/connexion");
        var signedIn = await client.SignInAsync("sp@aes.test", Accounts.Password);

        Assert.Equal("max-age=31536000", Assert.Single(form.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains("upgrade-insecure-requests", Assert.Single(form.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("aes.antiforgery=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", antiforgery, StringComparison.Ordinal);
        Assert.Contains("httponly", antiforgery, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("aes.session=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", session, StringComparison.Ordinal);
        Assert.Contains("httponly", session, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", session, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverPlainHttp_NoHstsIsSent()
    {
        var response = await _factory.Client().GetAsync("/");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("br", "/")]
    [InlineData("gzip", "/programme")]
    [InlineData("br", "/journal/rss.xml")]
    [InlineData("gzip", "/programme.ics")]
    public async Task Responses_AreCompressedAsTheBrowserAsks(string encoding, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        var response = await _factory.Client().SendAsync(request);

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Stylesheet_HasAVersionedUrl()
    {
        // The year-long immutable cache is set by the published output's asset manifest: scripts/test.sh checks it on the published app.
        var client = _factory.Client();
        var href = (await client.GetDocumentAsync("/")).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await client.GetAsync(href);

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
    }
}
