using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Features.Search;

/// <summary>
/// The table <c>SearchEntries</c> that full-text search reads (SQLite: an FTS5 table; PostgreSQL: a table with a French
/// <c>tsvector</c>, see <see cref="PostgreSqlSearch"/>): one row per article and per official text, drafts included.
/// Visibility is decided when searching, by the same rule as every public page, since "due" depends on the time of the search.
/// </summary>
public static class SearchIndex
{
    public const string Table = "SearchEntries";

    /// <summary>Case- and accent-insensitive words ("defense" finds "Défense"); created by the AddSearchIndex migration.</summary>
    public const string CreateTableSql =
        "CREATE VIRTUAL TABLE IF NOT EXISTS SearchEntries USING fts5(Kind UNINDEXED, ItemId UNINDEXED, Title, Body, tokenize = 'unicode61 remove_diacritics 2');";

    /// <summary>An item whose index row must be rewritten (or removed, when <paramref name="Entity"/> is null).</summary>
    public sealed record Change(SearchKind Kind, int Id, object? Entity);

    /// <summary>The changes a save is about to make to searchable items, taken before the save (deleted rows lose their state after it).</summary>
    public static List<Func<Change>> PendingChanges(DbContext db)
    {
        var changes = new List<Func<Change>>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            var kind = entry.Entity switch
            {
                Article => SearchKind.Article,
                OfficialText => SearchKind.Text,
                _ => (SearchKind?)null,
            };
            if (kind is not { } k || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.State == EntityState.Deleted)
            {
                var id = (int)entry.Property("Id").CurrentValue!;
                changes.Add(() => new Change(k, id, null));
            }
            else
            {
                // Added rows get their id from the save: read it afterwards.
                changes.Add(() => new Change(k, (int)entry.Property("Id").CurrentValue!, entry.Entity));
            }
        }

        return changes;
    }

    public static async Task ApplyAsync(SummitDbContext db, IEnumerable<Change> changes, CancellationToken cancellationToken = default)
    {
        foreach (var change in changes)
        {
            var kind = (int)change.Kind;
            await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE Kind = {kind} AND ItemId = {change.Id}", cancellationToken);
            if (Row(change.Entity) is { } row)
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO SearchEntries (Kind, ItemId, Title, Body) VALUES ({kind}, {change.Id}, {row.Title}, {row.Body})", cancellationToken);
            }
        }
    }

    /// <summary>
    /// Rebuilds the index at start-up when it does not hold one entry per article and text (a store made before the index,
    /// restored from elsewhere, or a save interrupted between its rows and their entries). Checking costs two counts, where a
    /// rebuild of years of content costs many seconds of start-up.
    /// </summary>
    public static async Task RebuildIfIncompleteAsync(SummitDbContext db, CancellationToken cancellationToken = default)
    {
        var items = await db.Articles.CountAsync(cancellationToken) + await db.OfficialTexts.CountAsync(cancellationToken);
        var entries = await db.Database.SqlQuery<int>($"SELECT CAST(count(*) AS INTEGER) AS \"Value\" FROM SearchEntries").SingleAsync(cancellationToken);
        if (entries != items)
        {
            await RebuildAsync(db, cancellationToken);
        }
    }

    /// <summary>Rewrites the whole index from the store.</summary>
    public static async Task RebuildAsync(SummitDbContext db, CancellationToken cancellationToken = default)
    {
        var articles = await db.Articles.AsNoTracking().ToListAsync(cancellationToken);
        var texts = await db.OfficialTexts.AsNoTracking().ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries", cancellationToken);
        await ApplyAsync(db, articles.Select(a => new Change(SearchKind.Article, a.Id, a)).Concat(texts.Select(t => new Change(SearchKind.Text, t.Id, t))), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static (string Title, string Body)? Row(object? entity) => entity switch
    {
        Article a => (a.Title, $"{a.Summary}\n{Markdig.Markdown.ToPlainText(a.BodyMarkdown)}"),
        OfficialText t => (t.Title, $"{t.Reference}\n{t.Summary}\n{t.AdoptingBody}"),
        _ => null,
    };
}

/// <summary>What a search result is.</summary>
public enum SearchKind
{
    Article = 1,
    Text = 2,
}
