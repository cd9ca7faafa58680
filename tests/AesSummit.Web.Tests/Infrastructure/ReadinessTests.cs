using System.Net;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Infrastructure;

/// <summary>/health/ready, which load balancers poll: healthy while the store answers, unhealthy once it does not.</summary>
public sealed class ReadinessTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Ready_WhileTheStoreAnswers_Is200Healthy()
    {
        using var response = await _factory.Client().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_WithRedisConfiguredButNotAnswering_Is503()
    {
        using var factory = new SummitAppFactory(settings: new Dictionary<string, string> { ["Redis:Configuration"] = "127.0.0.1:1,connectTimeout=200,abortConnect=true" });

        using var response = await factory.Client().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
