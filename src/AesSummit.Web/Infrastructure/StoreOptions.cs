using System.ComponentModel.DataAnnotations;

namespace AesSummit.Web.Infrastructure;

/// <summary>The "Store" section: which database holds the portal (SQLite by default, one file; PostgreSQL for several instances).</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    [EnumDataType(typeof(StoreProvider))]
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;
}

/// <summary>The databases the portal runs on, each with its own migrations.</summary>
public enum StoreProvider
{
    Sqlite,
    PostgreSql,
}
