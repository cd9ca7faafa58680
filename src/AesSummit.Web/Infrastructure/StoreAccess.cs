using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AesSummit.Web.Infrastructure;

/// <summary>
/// Whether the store can be written. A store found read-only at start-up (a read-only file or mount, <c>Mode=ReadOnly</c>) and
/// needing no migration still serves the public site; sign-in and every back-office page answer the maintenance page (503).
/// </summary>
public sealed class StoreAccess
{
    public bool IsReadOnly { get; private set; }

    internal void MarkReadOnly() => IsReadOnly = true;

    /// <summary>Asks SQLite whether it opened the store's file read-only, as it does when the file cannot be written.</summary>
    public static async Task<bool> OpensReadOnlyAsync(SummitDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            return SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>The maintenance answer for what needs a writable store.</summary>
public static class ReadOnlyStoreGuard
{
    /// <summary>Seconds a client is told to wait before trying again.</summary>
    private const int RetryAfterSeconds = 600;

    public static IApplicationBuilder UseReadOnlyStoreGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var access = context.RequestServices.GetRequiredService<StoreAccess>();
            if (access.IsReadOnly && NeedsWrites(context.Request.Path))
            {
                Maintenance(context);
                return;
            }

            try
            {
                await next(context);
            }
            catch (Exception e) when (StoreErrors.IsReadOnly(e) && !context.Response.HasStarted)
            {
                // The store turned read-only while running (a remount, a full disk's protection): nothing was saved, say so.
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReadOnlyStoreGuard))
                    .LogError(e, "The store refused a write to {Path}: it is read-only", context.Request.Path);
                Maintenance(context);
            }
        });

    /// <summary>Sign-in, account pages and the back-office write to the store; the public site only reads it.</summary>
    private static bool NeedsWrites(PathString path) =>
        path.StartsWithSegments("/gestion", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/compte", StringComparison.OrdinalIgnoreCase);

    private static void Maintenance(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Reports the portal degraded while its store is read-only: readers are served, staff are not.</summary>
public sealed class StoreWritableHealthCheck(StoreAccess access) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(access.IsReadOnly
            ? HealthCheckResult.Degraded("The store is read-only: the public site is served, sign-in and writes are not.")
            : HealthCheckResult.Healthy());
}
