using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AesSummit.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Support;

/// <summary>A comparable picture of everything the store holds, to prove an operation changed nothing.</summary>
public static class StoreSnapshot
{
    public static async Task<string> TakeAsync(SummitDbContext db)
    {
        db.ChangeTracker.Clear();
        var summits = await db.Summits.Include(s => s.Phases).ThenInclude(p => p.Sessions).AsSplitQuery().ToListAsync();
        var articles = await db.Articles.ToListAsync();
        var texts = await db.OfficialTexts.Include(t => t.Files).ToListAsync();
        var pages = await db.ContentPages.ToListAsync();
        var files = await db.StoredFiles.Select(f => f.Sha256).OrderBy(s => s).ToListAsync();
        return string.Join("\n",
            summits.OrderBy(s => s.Slug).Select(s => $"summit {s.Slug} {s.ComputeFingerprint()} {s.ImportFingerprint} {s.Version}")
            .Concat(articles.OrderBy(a => a.Slug).Select(a => $"article {a.Slug} {a.ComputeFingerprint()} {a.ImportFingerprint} {a.Version}"))
            .Concat(texts.OrderBy(t => t.Slug).Select(t => $"text {t.Slug} {t.ComputeFingerprint()} {t.ImportFingerprint} {t.Files.Count} {t.Version}"))
            .Concat(pages.OrderBy(p => p.Slug).Select(p => $"page {p.Slug} {p.ComputeFingerprint()} {p.Version}"))
            .Concat(files.Select(f => $"file {f}")));
    }

    /// <summary>Every row of every table of the store, on SQLite or PostgreSQL (where rows are compared in sorted order).</summary>
    public static string Rows(AesSummit.Web.Infrastructure.Backup.StoreLocation store)
    {
        if (store.Provider == StoreProvider.Sqlite)
        {
            return Rows(new SqliteConnectionStringBuilder(store.ConnectionString).DataSource);
        }

        using var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = new Npgsql.NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name", connection))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var name in tables)
        {
            using var select = new Npgsql.NpgsqlCommand($"SELECT * FROM \"{name}\"", connection);
            dump.Append(CultureInfo.InvariantCulture, $"[{name}]\n").AppendJoin('\n', Read(select.ExecuteReader()).Order(StringComparer.Ordinal)).Append('\n');
        }

        return dump.ToString();
    }

    /// <summary>
    /// Every row of every table of the SQLite file at <paramref name="databasePath"/>, value by value (blobs by their
    /// SHA-256): equal before and after means the operation changed no byte of the store's data. A virtual table (the
    /// search index) is compared by its rows in sorted order, without its internal tables: it is rebuilt at every start.
    /// </summary>
    public static string Rows(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<(string Name, bool IsVirtual)>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                var sql = reader.IsDBNull(1) ? string.Empty : reader.GetString(1);
                tables.Add((reader.GetString(0), sql.Contains("VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase)));
            }
        }

        var virtualTables = tables.Where(t => t.IsVirtual).Select(t => t.Name + "_").ToList();
        var dump = new StringBuilder();
        foreach (var (name, isVirtual) in tables.Where(t => !virtualTables.Any(v => t.Name.StartsWith(v, StringComparison.Ordinal))))
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{name}\"";
            var rows = Read(select.ExecuteReader());
            if (isVirtual)
            {
                rows.Sort(StringComparer.Ordinal);
            }

            dump.Append(CultureInfo.InvariantCulture, $"[{name}]\n").AppendJoin('\n', rows).Append('\n');
        }

        return dump.ToString();
    }

    /// <summary>Each row as its values, blobs by their SHA-256.</summary>
    private static List<string> Read(System.Data.Common.DbDataReader reader)
    {
        using (reader)
        {
            var rows = new List<string>();
            while (reader.Read())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    row.Append(value switch
                    {
                        byte[] blob => "blob:" + Convert.ToHexStringLower(SHA256.HashData(blob)),
                        DBNull => "null",
                        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                        _ => value.ToString(),
                    }).Append('|');
                }

                rows.Add(row.ToString());
            }

            return rows;
        }
    }
}
