using System.Net;
using AesSummit.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Tests.Infrastructure;

/// <summary>Outside Development the host name is the portal's, never the visitor's: a forged Host header cannot reach a link.</summary>
public sealed class PublicHostTests
{
    private const string PublicUrl = "https://sommets.example.org";

    private static SummitAppFactory Production(string? publicUrl, string? allowedHosts = null)
    {
        var settings = new Dictionary<string, string>();
        if (publicUrl is not null)
        {
            settings["Site:PublicUrl"] = publicUrl;
        }

        if (allowedHosts is not null)
        {
            settings["AllowedHosts"] = allowedHosts;
        }

        return new SummitAppFactory(settings: settings, environment: "Production");
    }

    private static async Task<HttpResponseMessage> GetAsync(SummitAppFactory factory, string path, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return await factory.Client().SendAsync(request);
    }

    [Fact]
    public void Start_InProductionWithoutAPublicUrl_IsRefusedWithTheSettingNamed()
    {
        using var factory = Production(publicUrl: null);

        var refusal = Assert.Throws<OptionsValidationException>(() => factory.Client());

        Assert.Contains("Site:PublicUrl", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sitemap.xml")]
    [InlineData("/journal/rss.xml")]
    public async Task Request_WithAForgedHost_IsRefusedAndNamesNoOtherHost(string path)
    {
        using var factory = Production(PublicUrl);

        var response = await GetAsync(factory, path, "evil.example");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_ToThePublicHost_GetsLinksOnThePublicAddress()
    {
        using var factory = Production(PublicUrl);

        var response = await GetAsync(factory, "/", "sommets.example.org");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal($"{PublicUrl}/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal($"{PublicUrl}/", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task AllowedHosts_SetExplicitly_IsKept()
    {
        using var factory = Production(PublicUrl, allowedHosts: "sommets.example.org;portail.example.org");

        var response = await GetAsync(factory, "/sitemap.xml", "portail.example.org");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("portail.example.org", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
