using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace AesSummit.Web.Infrastructure;

/// <summary>The "Redis" section: the server several instances share their output cache on; none by default.</summary>
public static class RedisOptions
{
    /// <summary>A StackExchange.Redis configuration string ("127.0.0.1:6379"); empty: each instance keeps its own memory cache.</summary>
    public const string ConfigurationKey = "Redis:Configuration";
}

/// <summary>Healthy without Redis configured; with it, healthy only when Redis answers a PING.</summary>
public sealed class RedisHealthCheck(IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (configuration[RedisOptions.ConfigurationKey] is not { Length: > 0 } redis)
        {
            return HealthCheckResult.Healthy("No Redis configured: the output cache is in memory.");
        }

        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
            var latency = await connection.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answers in {latency.TotalMilliseconds:0.0} ms.");
        }
        catch (RedisException e)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", e);
        }
    }
}
