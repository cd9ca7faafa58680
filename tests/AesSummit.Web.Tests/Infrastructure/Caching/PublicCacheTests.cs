using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Infrastructure.Caching;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Infrastructure.Caching;

/// <summary>The public site is served from the output cache, and never stale: every change and every scheduled moment shows at once.</summary>
public sealed class PublicCacheTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>The output cache says how old a stored answer is; a fresh one has no age.</summary>
    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? acceptEncoding = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/programme")]
    [InlineData("/journal")]
    [InlineData("/journal/conseil-des-ministres")]
    [InlineData("/textes")]
    [InlineData("/textes/protocole-essai")]
    [InlineData("/journal/rss.xml")]
    [InlineData("/programme.ics")]
    [InlineData("/programme.json")]
    [InlineData("/sitemap.xml")]
    [InlineData("/sommets/bamako-test/textes.zip")]
    [InlineData("/recherche?q=protocole")]
    public async Task PublicAnswer_TheSecondTime_ComesFromTheCache(string path)
    {
        var visitor = _factory.Client();

        var first = await GetAsync(visitor, path);
        var second = await GetAsync(visitor, path);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(FromCache(first));
        Assert.True(FromCache(second));
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/", null)]
    [InlineData("/programme", "br, gzip")]
    [InlineData("/sommets/bamako-test/textes.zip", null)]
    public async Task ReadyCopy_PastItsAge_IsMadeAgainFromTheCachedAnswer(string path, string? acceptEncoding)
    {
        var visitor = _factory.Client();
        var rendered = await GetAsync(visitor, path, acceptEncoding);
        var copied = await GetAsync(visitor, path, acceptEncoding);

        // The ready copy has expired, the output cache's answer has not: it is served through the copying, and copied again.
        _factory.Clock.Advance(HotAnswers.MaxAge);
        var fromCache = await GetAsync(visitor, path, acceptEncoding);
        var copiedAgain = await GetAsync(visitor, path, acceptEncoding);

        var bytes = await rendered.Content.ReadAsByteArrayAsync();
        Assert.All(new[] { copied, fromCache, copiedAgain }, r => Assert.True(FromCache(r)));
        Assert.Equal(bytes, await copied.Content.ReadAsByteArrayAsync());
        Assert.Equal(bytes, await fromCache.Content.ReadAsByteArrayAsync());
        Assert.Equal(bytes, await copiedAgain.Content.ReadAsByteArrayAsync());
        Assert.Equal(rendered.Headers.ETag, copiedAgain.Headers.ETag);
    }

    [Fact]
    public async Task SignedInStaff_AreNeverServedFromTheCacheNorFillIt()
    {
        var staff = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);

        var staffFirst = await GetAsync(staff, "/programme");
        var staffSecond = await GetAsync(staff, "/programme");
        var visitorFirst = await GetAsync(_factory.Client(), "/programme");
        var staffAfterVisitor = await GetAsync(staff, "/programme");

        // Once a ready copy is kept in front of the whole pipeline, too.
        var visitorSecond = await GetAsync(_factory.Client(), "/programme");
        var staffAfterCopy = await GetAsync(staff, "/programme");

        Assert.False(FromCache(staffFirst));
        Assert.False(FromCache(staffSecond));
        Assert.False(FromCache(visitorFirst));
        Assert.False(FromCache(staffAfterVisitor));
        Assert.True(FromCache(visitorSecond));
        Assert.False(FromCache(staffAfterCopy));
        Assert.DoesNotContain("/gestion", await visitorSecond.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("/gestion", await staffAfterCopy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/textes/verifier")]
    [InlineData("/compte/connexion")]
    public async Task PageWithAnAntiforgeryForm_IsNeverCached(string path)
    {
        var visitor = _factory.Client();

        await GetAsync(visitor, path);
        var again = await GetAsync(visitor, path);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False(FromCache(again));
    }

    [Fact]
    public async Task RepeatVisit_WithTheETag_Gets304()
    {
        var visitor = _factory.Client();
        var first = await GetAsync(visitor, "/");
        var etag = first.Headers.ETag;

        var repeat = await GetAsync(visitor, "/", ifNoneMatch: etag!.ToString());

        Assert.True(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, repeat.StatusCode);
    }

    [Fact]
    public async Task CompressedAnswers_AreCachedPerEncodingAsSent()
    {
        var visitor = _factory.Client();

        var brotli = await GetAsync(visitor, "/", "br, gzip");
        var brotliAgain = await GetAsync(visitor, "/", "br, gzip");
        var gzip = await GetAsync(visitor, "/", "gzip");
        var gzipAgain = await GetAsync(visitor, "/", "gzip");

        Assert.Equal(["br", "br", "gzip", "gzip"], new[] { brotli, brotliAgain, gzip, gzipAgain }.Select(r => r.Content.Headers.ContentEncoding.Single()));
        Assert.Equal([false, true, false, true], new[] { brotli, brotliAgain, gzip, gzipAgain }.Select(FromCache));
        Assert.Equal(await brotli.Content.ReadAsByteArrayAsync(), await brotliAgain.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ArticleValidated_ShowsOnTheNextAnonymousRequest()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        await writer.SubmitAsync("/gestion/articles/nouveau", "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Nouvelle dépêche du Collège",
            ["Input.Summary"] = "Résumé.",
            ["Input.Body"] = "Corps.",
            ["Input.Pillars"] = "diplomatie",
        });
        var page = $"/gestion/articles/{await _factory.InStoreAsync(db => db.Articles.Where(a => a.Title == "Nouvelle dépêche du Collège").Select(a => a.Id).SingleAsync())}";
        await writer.SubmitAsync(page, "form[action*=Submit]");
        var visitor = _factory.Client();
        await CachedAsync(visitor, "/journal", "/", "/journal/rss.xml");

        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=Validate]")).StatusCode);

        foreach (var path in new[] { "/journal", "/", "/journal/rss.xml" })
        {
            Assert.Contains("Nouvelle dépêche du Collège", await ReadAsync(visitor, path), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TextWithdrawn_ShowsOnTheNextAnonymousRequest()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var visitor = _factory.Client();
        await CachedAsync(visitor, "/textes/protocole-essai", "/textes");
        await DownloadedTwiceAsync(visitor, "/textes/protocole-essai/telecharger");
        var id = await _factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Slug == "protocole-essai").Select(t => t.Id).SingleAsync());

        var withdrawn = await secretariat.SubmitAsync($"/gestion/textes/{id}", "form[action*=Withdraw]", new Dictionary<string, string> { ["Reason"] = "Remplacé par le texte définitif." });

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains("Remplacé par le texte définitif.", await ReadAsync(visitor, "/textes/protocole-essai"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await visitor.GetAsync("/textes/protocole-essai/telecharger")).StatusCode);
    }

    [Fact]
    public async Task SessionMoved_ShowsOnTheNextAnonymousRequest()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var visitor = _factory.Client();
        await CachedAsync(visitor, "/programme", "/programme.json", "/programme.ics");
        var id = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Slug == "conseil-pleniere").Select(s => s.Id).SingleAsync());

        var moved = await secretariat.SubmitAsync($"/gestion/programme/seances/{id}", "main form", new Dictionary<string, string> { ["Input.Venue"] = "Centre international de conférences de Bamako" });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        foreach (var path in new[] { "/programme", "/programme.json", "/programme.ics" })
        {
            Assert.Contains("Centre international de conférences de Bamako", await ReadAsync(visitor, path), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FileVersionValidated_ShowsOnTheNextAnonymousRequest()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var id = await _factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Slug == "protocole-essai").Select(t => t.Id).SingleAsync());
        var page = $"/gestion/textes/{id}";
        var version2 = Pdfs.Fresh("version 2 du protocole");
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=ProposeEdition]", TextForms.NewEdition, file: ("NewFile", "v2.pdf", version2))).StatusCode);
        var visitor = _factory.Client();
        await CachedAsync(visitor, "/textes/protocole-essai");
        await DownloadedTwiceAsync(visitor, "/textes/protocole-essai/telecharger");

        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=ValidateFile]")).StatusCode);

        Assert.Contains(Pdfs.Sha256(version2), await ReadAsync(visitor, "/textes/protocole-essai"), StringComparison.Ordinal);
        Assert.Equal(version2, await visitor.GetByteArrayAsync("/textes/protocole-essai/telecharger"));
    }

    [Fact]
    public async Task Import_ShowsOnTheNextAnonymousRequest()
    {
        using var content = new TempFolder();
        var root = content.CopyTestContent();
        var article = Path.Combine(root, "journal", "2025-12-20-conseil-des-ministres.md");
        var visitor = _factory.Client();
        await CachedAsync(visitor, "/journal/conseil-des-ministres", "/journal");

        await File.WriteAllTextAsync(article, (await File.ReadAllTextAsync(article)).Replace("title: Le Conseil des Ministres siège au Palais de Koulouba", "title: Le Conseil des Ministres a siégé à Koulouba", StringComparison.Ordinal));
        await using (var scope = _factory.Scope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(root);
            Assert.Empty(report.Conflicts);
        }

        foreach (var path in new[] { "/journal/conseil-des-ministres", "/journal" })
        {
            Assert.Contains("Le Conseil des Ministres a siégé à Koulouba", await ReadAsync(visitor, path), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ArticleScheduledForLater_ShowsOnceItsTimeComes()
    {
        var visitor = _factory.Client();
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 7, 59, 0, TimeSpan.Zero));
        await CachedAsync(visitor, "/journal");
        Assert.DoesNotContain("Article programmé pour plus tard", await ReadAsync(visitor, "/journal"), StringComparison.Ordinal);

        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 8, 0, 1, TimeSpan.Zero));

        Assert.Contains("Article programmé pour plus tard", await ReadAsync(visitor, "/journal"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhaseEnding_ShowsOnceItsTimeComes()
    {
        var visitor = _factory.Client();
        await CachedAsync(visitor, "/programme");
        Assert.Equal("En cours", await PhaseStateAsync(visitor, "ministres"));

        // Midnight after the phase's last day, in Bamako (GMT).
        _factory.Clock.SetUtcNow(new DateTimeOffset(2025, 12, 22, 0, 0, 1, TimeSpan.Zero));

        Assert.Equal("Terminée", await PhaseStateAsync(visitor, "ministres"));
    }

    /// <summary>What a reader sees: a page's text (accents decoded), or a feed's, calendar's or JSON's body.</summary>
    private static async Task<string> ReadAsync(HttpClient visitor, string path)
    {
        using var response = await visitor.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return response.Content.Headers.ContentType?.MediaType == "text/html" ? Html.Parse(body).Body!.TextContent : body;
    }

    private static async Task<string> PhaseStateAsync(HttpClient visitor, string phase) =>
        Html.Parse(await visitor.GetStringAsync("/programme")).QuerySelector($"section[aria-labelledby='phase-{phase}'] .state")!.TextContent.Trim();

    /// <summary>Downloads a file twice, so that its lookup is remembered and a change must make it forgotten.</summary>
    private static async Task DownloadedTwiceAsync(HttpClient visitor, string path)
    {
        var first = await visitor.GetByteArrayAsync(path);
        Assert.Equal(first, await visitor.GetByteArrayAsync(path));
    }

    /// <summary>Requests each path twice and checks that the second answer came from the cache, so that a change must evict it.</summary>
    private static async Task CachedAsync(HttpClient visitor, params string[] paths)
    {
        foreach (var path in paths)
        {
            await visitor.GetAsync(path);
            using var again = await visitor.GetAsync(path);
            Assert.True(FromCache(again), $"{path} did not come from the cache");
        }
    }
}
