using System.Net;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Infrastructure;

/// <summary>
/// Behind its TLS proxy the portal sees the visitor's scheme and address; a visitor who sends the same headers straight to it
/// changes nothing. Over a real connection (Kestrel on loopback), since that is where the proxy's address comes from.
/// </summary>
public sealed class ReverseProxyTests
{
    private const string PublicHost = "sommets.example.org";

    private const string VisitorAddress = "203.0.113.7";

    /// <summary>The request log at Information, so that each request's line can be read back.</summary>
    private static SummitAppFactory Portal(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string>
        {
            ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Information",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new SummitAppFactory(settings: all);
    }

    private static async Task<HttpResponseMessage> ForwardedAsync(Uri portal, string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = portal };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", VisitorAddress);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task FromTheProxy_ForwardedHttps_GetsHstsSecureCookiesAndHttpsLinks()
    {
        using var factory = Portal();
        var portal = factory.StartKestrel();

        using var response = await ForwardedAsync(portal, "/compte/connexion");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.Contains("upgrade-insecure-requests", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Equal($"https://{PublicHost}/compte/connexion", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains(await RequestLogLinesAsync(factory), line => line.Contains($"\"ClientAddress\":\"{VisitorAddress}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FromAnyoneElse_TheSameHeaders_ChangeNothing()
    {
        // Loopback is not a trusted proxy here: the test's client is an ordinary visitor.
        using var factory = Portal(("ForwardedHeaders:KnownProxies:0", "10.20.30.40"));
        var portal = factory.StartKestrel();

        using var response = await ForwardedAsync(portal, "/compte/connexion");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("upgrade-insecure-requests", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Equal($"http://{PublicHost}/compte/connexion", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var lines = await RequestLogLinesAsync(factory);
        Assert.DoesNotContain(lines, line => line.Contains(VisitorAddress, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("\"ClientAddress\":\"127.0.0.1\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProxyOnAConfiguredNetwork_IsTrusted()
    {
        using var factory = Portal(("ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8"));
        var portal = factory.StartKestrel();

        using var response = await ForwardedAsync(portal, "/");

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task HttpsRedirect_WhenTurnedOn_SendsPlainHttpToHttps()
    {
        using var factory = Portal(("Https:Redirect", "true"), ("Https:Port", "443"));
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/programme");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://localhost/programme", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task HttpsRedirect_ByDefault_IsOff()
    {
        using var factory = Portal();

        using var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/programme");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void UnreadableProxySettings_StopTheStart()
    {
        using var factory = Portal(("ForwardedHeaders:KnownNetworks:0", "pas-un-reseau"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ForwardedHeaders:KnownNetworks", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The request log's lines, once there is one: the line is written when the answer is complete, after the client has it.</summary>
    private static async Task<List<string>> RequestLogLinesAsync(SummitAppFactory factory)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (RequestLogLines(factory) is { Count: > 0 } lines)
            {
                return lines;
            }

            await Task.Delay(100);
        }

        return [];
    }

    private static List<string> RequestLogLines(SummitAppFactory factory)
    {
        var folder = factory.Folder.File("logs");
        return (Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.json") : [])
            .SelectMany(f =>
            {
                using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                return new StreamReader(stream).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            })
            .Where(line => line.Contains("RequestLoggingMiddleware", StringComparison.Ordinal))
            .ToList();
    }
}
