using System.Text;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Infrastructure.Caching;
using AesSummit.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Infrastructure.Caching;

/// <summary>
/// The ready copies in front of the pipeline: made only from an answer the public cache declared shareable, dropped at the
/// first change and at the next moment the site changes by itself, never given to a signed-in person, off with Redis.
/// </summary>
public sealed class HotAnswersTests : IDisposable
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<p>Programme</p>");

    private readonly SummitAppFactory _factory = new();

    public HotAnswersTests() => _ = _factory.Client();

    public void Dispose() => _factory.Dispose();

    private HotAnswers Answers => _factory.Services.GetRequiredService<HotAnswers>();

    private PublicCacheEviction Eviction => _factory.Services.GetRequiredService<PublicCacheEviction>();

    private DefaultHttpContext Request(string? cookie = null)
    {
        var http = new DefaultHttpContext { RequestServices = _factory.Services };
        http.Request.Method = "GET";
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("aes.test");
        http.Request.Path = "/programme";
        http.Request.Headers.AcceptEncoding = "gzip";
        if (cookie is not null)
        {
            http.Request.Headers.Cookie = cookie;
        }

        http.Response.Body = new MemoryStream();
        return http;
    }

    /// <summary>A request that misses, goes through the public cache's policy as a stored answer, and leaves its copy.</summary>
    private async Task CopiedAsync(bool shareable = true, Action? during = null)
    {
        var http = Request();
        Assert.False(Answers.TryServe(http, out var key, out _));
        var generation = Eviction.Generation;
        var policy = _factory.Services.GetRequiredService<PublicCachePolicy>();
        var context = new OutputCacheContext { HttpContext = http };
        await policy.CacheRequestAsync(context, CancellationToken.None);
        during?.Invoke();
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ETag = "W/\"abc\"";
        if (!shareable)
        {
            http.Response.Headers.CacheControl = "no-store";
        }

        await policy.ServeResponseAsync(context, CancellationToken.None);
        Answers.Keep(http, key, generation, Page);
    }

    private async Task<(bool Served, DefaultHttpContext Http)> ServedAsync(string? cookie = null)
    {
        var http = Request(cookie);
        var served = Answers.TryServe(http, out _, out var sent);
        await sent;
        return (served, http);
    }

    [Fact]
    public async Task Copy_OfAShareableAnswer_IsServedWithItsHeadersAndAge()
    {
        await CopiedAsync();
        _factory.Clock.Advance(TimeSpan.FromSeconds(7));

        var (served, http) = await ServedAsync();

        Assert.True(served);
        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        Assert.Equal("W/\"abc\"", http.Response.Headers.ETag.ToString());
        Assert.Equal("text/html; charset=utf-8", http.Response.ContentType);
        Assert.Equal("7", http.Response.Headers.Age.ToString());
        Assert.Equal(Page, ((MemoryStream)http.Response.Body).ToArray());
    }

    [Fact]
    public async Task Copy_OfAnAnswerNotStored_IsNeverMade()
    {
        await CopiedAsync(shareable: false);

        Assert.False((await ServedAsync()).Served);
    }

    [Fact]
    public async Task Copy_MadeWhileAChangeBegan_IsNeverServed()
    {
        await CopiedAsync(during: Eviction.ChangeBegins);

        Assert.False((await ServedAsync()).Served);
    }

    [Fact]
    public async Task Copy_AfterAnyEviction_IsNoLongerServed()
    {
        await CopiedAsync();
        Assert.True((await ServedAsync()).Served);

        await Eviction.EvictAsync([CacheTags.Pages]);

        Assert.False((await ServedAsync()).Served);
    }

    [Fact]
    public async Task Copy_PastItsMaximumAge_IsNoLongerServed()
    {
        await CopiedAsync();

        _factory.Clock.Advance(HotAnswers.MaxAge);

        Assert.False((await ServedAsync()).Served);
    }

    [Fact]
    public async Task Copy_ForASignedInPerson_IsNeverServed()
    {
        await CopiedAsync();

        Assert.False((await ServedAsync($"{AccountCookies.Session}=anything")).Served);
        Assert.True((await ServedAsync("other=1")).Served);
    }

    [Fact]
    public void Copies_WithRedisConfigured_AreOff()
    {
        using var clustered = new SummitAppFactory(settings: new Dictionary<string, string> { ["Redis:Configuration"] = "127.0.0.1:1,abortConnect=false" });
        _ = clustered.Client();

        Assert.True(Answers.Enabled);
        Assert.False(clustered.Services.GetRequiredService<HotAnswers>().Enabled);
    }
}
