using AesSummit.Web.Features.Media;
using AesSummit.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Infrastructure;

/// <summary>Every public GET address answers HEAD the same way, without a body: checked route by route, from the route table.</summary>
public sealed class HeadRequestTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>An address on the test content for each public route template.</summary>
    /// <summary>Stands for the test content's lead image, whose address is known once it is imported.</summary>
    private const string LeadImage = "(the lead image)";

    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["/"] = "/",
        ["/programme"] = "/programme",
        ["/programme/modifications"] = "/programme/modifications",
        ["/programme.ics"] = "/programme.ics",
        ["/programme.json"] = "/programme.json",
        ["/sommets"] = "/sommets",
        ["/sommets/{slug}"] = "/sommets/bamako-test",
        ["/sommets/{slug}/programme"] = "/sommets/bamako-test/programme",
        ["/sommets/{slug}/programme.ics"] = "/sommets/bamako-test/programme.ics",
        ["/sommets/{slug}/programme.json"] = "/sommets/bamako-test/programme.json",
        ["/sommets/{slug}/seances/{session}.ics"] = "/sommets/bamako-test/seances/conseil-pleniere.ics",
        ["/sommets/{slug}/textes.zip"] = "/sommets/bamako-test/textes.zip",
        ["/journal"] = "/journal",
        ["/journal/{slug}"] = "/journal/conseil-des-ministres",
        ["/medias/{sha256:length(64)}.{extension}"] = LeadImage,
        ["/journal/rss.xml"] = "/journal/rss.xml",
        ["/journal/atom.xml"] = "/journal/atom.xml",
        ["/textes"] = "/textes",
        ["/textes/{slug}"] = "/textes/protocole-essai",
        ["/textes/{slug}/telecharger/{version:int?}"] = "/textes/protocole-essai/telecharger",
        ["/textes/verifier"] = "/textes/verifier",
        ["/recherche"] = "/recherche?q=protocole",
        ["/confederation"] = "/confederation",
        ["/mediatheque"] = "/mediatheque",
        ["/mediatheque/{slug}.zip"] = "/mediatheque/bamako-test.zip",
        ["/sitemap.xml"] = "/sitemap.xml",
        ["/sitemap-{part:int}.xml"] = "/sitemap-1.xml",
        ["/robots.txt"] = "/robots.txt",
        ["/health"] = "/health",
        ["/health/ready"] = "/health/ready",
        ["/compte/connexion"] = "/compte/connexion",
        ["/erreur/{code:int}"] = "/erreur/404",
        ["/Index"] = "/Index",
    };

    /// <summary>The route templates that answer GET outside the back-office and the signed-in account pages.</summary>
    private List<string> PublicGetRoutes()
    {
        _ = _factory.Client();
        return _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => !r.StartsWith("/gestion", StringComparison.Ordinal) && !(r.StartsWith("/compte", StringComparison.Ordinal) && r != "/compte/connexion"))
            // The static files' catch-all (fingerprinted assets) answers HEAD by itself.
            .Where(r => !r.Contains("{**", StringComparison.Ordinal))
            .Distinct()
            .ToList();
    }

    [Fact]
    public void Examples_CoverEveryPublicGetRoute()
    {
        // Static assets (fingerprinted files) answer HEAD through their own endpoints; the portal's routes are what this checks.
        var routes = PublicGetRoutes().Where(r => !r.Contains('#', StringComparison.Ordinal) && !IsStaticAsset(r)).ToList();

        Assert.Empty(routes.Except(Examples.Keys));
    }

    [Fact]
    public async Task Head_AnswersAsGetDoes_WithoutABody()
    {
        // Over a real connection: it is the server that leaves out a HEAD answer's body, which the in-memory test server does not.
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _factory.StartKestrel() };
        var lead = await _factory.InStoreAsync(db => db.ArticleImages.AsNoTracking().Where(i => i.IsLead).Select(i => i.Original).FirstAsync());
        foreach (var url in Examples.Values.Select(u => u == LeadImage ? MediaEndpoints.PublicUrl(lead) : u))
        {
            using var get = await client.GetAsync(url);
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

            Assert.True(get.StatusCode == head.StatusCode, $"{url}: GET {(int)get.StatusCode}, HEAD {(int)head.StatusCode}");
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    private static bool IsStaticAsset(string route) =>
        route.StartsWith("/css/", StringComparison.Ordinal) || route.StartsWith("/favicon", StringComparison.Ordinal)
        || route.StartsWith("/js/", StringComparison.Ordinal) || route.StartsWith("/img/", StringComparison.Ordinal);
}
