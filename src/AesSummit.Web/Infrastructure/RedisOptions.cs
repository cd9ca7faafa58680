using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace AesSummit.Web.Infrastructure;

/// <summary>The "Redis" section: the server several instances share their output cache on; none by default.</summary>
public static class RedisOptions
{
    /// <summary>A StackExchange.Redis configuration string ("127.0.0.1:6379"); empty: each instance keeps its own memory cache.</summary>
    public const string ConfigurationKey = "Redis:Configuration";
}

/// <summary>
/// Healthy without Redis configured; with it, healthy only when Redis answers a PING. One connection, made at the first
/// check and kept: a load balancer polls /health/ready every few seconds.
/// </summary>
public sealed class RedisHealthCheck(IConfiguration configuration) : IHealthCheck, IDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _connection;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (configuration[RedisOptions.ConfigurationKey] is not { Length: > 0 } redis)
        {
            return HealthCheckResult.Healthy("No Redis configured: the output cache is in memory.");
        }

        try
        {
            var latency = await (await ConnectionAsync(redis, cancellationToken)).GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answers in {latency.TotalMilliseconds:0.0} ms.");
        }
        catch (RedisException e)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", e);
        }
    }

    /// <summary>The kept connection; a connection that failed is tried again at the next check.</summary>
    private async Task<ConnectionMultiplexer> ConnectionAsync(string redis, CancellationToken cancellationToken)
    {
        await _connecting.WaitAsync(cancellationToken);
        try
        {
            return _connection ??= await ConnectionMultiplexer.ConnectAsync(redis);
        }
        finally
        {
            _connecting.Release();
        }
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _connecting.Dispose();
    }
}
