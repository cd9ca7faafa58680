namespace AesSummit.Web.Tests.Support;

/// <summary>
/// Marks tests that only mean something on SQLite (they rewrite its schema or migrate a file down and up): the second run
/// of the store-dependent tests, on PostgreSQL, leaves them out (<c>Store!=SqliteOnly</c>).
/// </summary>
public static class StoreTrait
{
    public const string Name = "Store";

    public const string SqliteOnly = "SqliteOnly";
}
