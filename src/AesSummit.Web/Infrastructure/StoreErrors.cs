using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AesSummit.Web.Infrastructure;

/// <summary>Reads what a store error means, whatever the provider said it in.</summary>
public static class StoreErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteReadOnly = 8;

    /// <summary>A unique index or key refused the save: two people (or two requests) wanted the same slug, file or slot.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException switch
        {
            SqliteException { SqliteErrorCode: SqliteConstraint } sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };

    /// <summary>PostgreSQL gave up one of two serializable transactions that crossed (SQLite runs writers one at a time).</summary>
    public static bool IsSerializationFailure(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The store's file cannot be written (read-only file, folder or mount).</summary>
    public static bool IsReadOnly(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SqliteException { SqliteErrorCode: SqliteReadOnly } or PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction })
            {
                return true;
            }
        }

        return false;
    }
}
