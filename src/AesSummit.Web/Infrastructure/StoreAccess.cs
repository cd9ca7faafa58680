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
    private const int SqliteReadOnly = 8;
    private const int SqliteCantOpen = 14;

    public bool IsReadOnly { get; private set; }

    /// <summary>
    /// The store must be opened as immutable: it is read-only and SQLite cannot create the files a WAL store is read through
    /// (a read-only folder or mount). Nothing can write to it meanwhile, which is what "immutable" promises SQLite.
    /// </summary>
    public bool IsImmutable { get; private set; }

    /// <summary>Finds out, once at start-up, whether the store can be written, read only, or read only as an immutable file.</summary>
    public async Task DetectAsync(SummitDbContext db, CancellationToken cancellationToken)
    {
        // A server database (PostgreSQL) says itself what it refuses; only a file can be found read-only here.
        if (!db.Database.IsSqlite())
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();

            // SQLite opens a file it may not write read-only, and says so here.
            if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") != 1)
            {
                return;
            }

            IsReadOnly = true;
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT count(*) FROM sqlite_master";
            await read.ExecuteScalarAsync(cancellationToken);
        }
        catch (SqliteException e) when (IsReadOnly && e.SqliteErrorCode is SqliteReadOnly or SqliteCantOpen)
        {
            IsImmutable = true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The connection string to open an immutable store's file with.</summary>
    public static string ImmutableConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = new Uri(path).AbsoluteUri + "?immutable=1", Mode = SqliteOpenMode.ReadOnly }.ToString();
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
        path.StartsWithSegments("/gestion", StringComparison.OrdinalIgnoreCase)
        || (path.StartsWithSegments("/compte", StringComparison.OrdinalIgnoreCase)
            // Signing out writes nothing: a session open before the store turned read-only can still end.
            && !path.StartsWithSegments("/compte/deconnexion", StringComparison.OrdinalIgnoreCase));

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
