using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AesSummit.Web.Infrastructure;

/// <summary>
/// Start-up work done once however many instances start together: on PostgreSQL, a session advisory lock held on a
/// connection of its own while the store is migrated and the content imported; on SQLite (one process), nothing.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>The lock's key: any number the portal alone uses on its database.</summary>
    private const long Key = 0x4145535355; // "AESSU"

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        if (!db.Database.IsNpgsql())
        {
            return new StartupLock(null);
        }

        var connectionString = db.Database.GetConnectionString()!;
        await CreateDatabaseIfMissingAsync(connectionString, cancellationToken);
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", Key);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new StartupLock(connection);
    }

    /// <summary>The lock lives in the portal's database, so the database comes first; two instances may both try, one wins.</summary>
    internal static async Task CreateDatabaseIfMissingAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new InvalidOperationException("The PostgreSQL connection string names no database.");
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // A database name cannot be a parameter: it is quoted as an identifier.
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
            {
                // Another instance made it first (at the same instant, PostgreSQL says so as a unique violation of pg_database).
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                // The template database is being copied for another database at this moment: wait a little, try again.
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            // Released now, not whenever the pool resets this connection.
            await using (var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection))
            {
                unlock.Parameters.AddWithValue("key", Key);
                await unlock.ExecuteNonQueryAsync();
            }

            await _connection.DisposeAsync();
        }
    }
}
