using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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
        e.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint } sqlite
        && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;

    /// <summary>The store's file cannot be written (read-only file, folder or mount).</summary>
    public static bool IsReadOnly(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SqliteException { SqliteErrorCode: SqliteReadOnly })
            {
                return true;
            }
        }

        return false;
    }
}
