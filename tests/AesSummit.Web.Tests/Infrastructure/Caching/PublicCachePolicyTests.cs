using AesSummit.Web.Infrastructure.Caching;
using AesSummit.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Infrastructure.Caching;

/// <summary>An answer whose rendering overlapped a change may show what was there before: it is sent, never stored.</summary>
public sealed class PublicCachePolicyTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<OutputCacheContext> RenderAsync(Action? during = null)
    {
        _ = _factory.Client();
        var services = _factory.Services;
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = "GET";
        var context = new OutputCacheContext { HttpContext = http };
        var policy = services.GetRequiredService<PublicCachePolicy>();

        await policy.CacheRequestAsync(context, CancellationToken.None);
        during?.Invoke();
        http.Response.StatusCode = StatusCodes.Status200OK;
        await policy.ServeResponseAsync(context, CancellationToken.None);
        return context;
    }

    [Fact]
    public async Task Answer_RenderedWithoutAChange_IsStored() =>
        Assert.True((await RenderAsync()).AllowCacheStorage);

    [Fact]
    public async Task Answer_RenderedWhileAChangeBegan_IsNotStored()
    {
        var eviction = _factory.Services.GetRequiredService<PublicCacheEviction>();

        var context = await RenderAsync(eviction.ChangeBegins);

        Assert.False(context.AllowCacheStorage);
    }

    [Fact]
    public async Task Answer_RenderedWhileAnEvictionRan_IsNotStored()
    {
        var eviction = _factory.Services.GetRequiredService<PublicCacheEviction>();

        var context = await RenderAsync(() => eviction.EvictAsync([CacheTags.Journal]).GetAwaiter().GetResult());

        Assert.False(context.AllowCacheStorage);
    }

    [Fact]
    public async Task Answer_MarkedNoStore_IsNotStored()
    {
        var context = await RenderAsync();
        context.AllowCacheStorage = true;
        context.HttpContext.Response.Headers.CacheControl = "no-cache, no-store";

        await _factory.Services.GetRequiredService<PublicCachePolicy>().ServeResponseAsync(context, CancellationToken.None);

        Assert.False(context.AllowCacheStorage);
    }
}
