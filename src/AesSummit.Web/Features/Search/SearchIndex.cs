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

    /// <summary>SQLite's table for English: the same words, stemmed by FTS5's Porter tokenizer ("meetings" finds "meeting").</summary>
    public const string EnglishTable = "SearchEntriesEnglish";

    /// <summary>Case- and accent-insensitive words ("defense" finds "Défense"); created by the AddSearchIndex migration.</summary>
    public const string CreateTableSql =
        "CREATE VIRTUAL TABLE IF NOT EXISTS SearchEntries USING fts5(Kind UNINDEXED, ItemId UNINDEXED, Title, Body, tokenize = 'unicode61 remove_diacritics 2');";

    /// <summary>
    /// The SearchPerLanguage migration (SQLite): each row names its language; English rows go to a table of their own, stemmed.
    /// The tables start empty and start-up rebuilds them (<see cref="RebuildIfIncompleteAsync"/>).
    /// </summary>
    public const string PerLanguageSql = """
        DROP TABLE IF EXISTS SearchEntries;
        CREATE VIRTUAL TABLE SearchEntries USING fts5(Kind UNINDEXED, ItemId UNINDEXED, Language UNINDEXED, Title, Body, tokenize = 'unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE SearchEntriesEnglish USING fts5(Kind UNINDEXED, ItemId UNINDEXED, Language UNINDEXED, Title, Body, tokenize = 'porter unicode61 remove_diacritics 2');
        """;

    public const string PerLanguageDownSql = "DROP TABLE IF EXISTS SearchEntriesEnglish; DROP TABLE IF EXISTS SearchEntries; " + CreateTableSql;

    /// <summary>The table a language's rows are in (SQLite; PostgreSQL keeps one table and stems by each row's language).</summary>
    public static string TableFor(string language) => language == "en" ? EnglishTable : Table;

    /// <summary>An item whose index row must be rewritten (or removed, when <paramref name="Entity"/> is null).</summary>
    public sealed record Change(SearchKind Kind, int Id, object? Entity);

    /// <summary>The changes a save is about to make to searchable items, taken before the save (deleted rows lose their state after it).</summary>
    public static List<Func<Change>> PendingChanges(DbContext db)
    {
        var changes = new List<Func<Change>>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is TextTranslation && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                // A text's translation changed alone: its text's rows are rewritten, unless the text itself goes.
                var ownerId = (int)entry.Property("OfficialTextId").CurrentValue!;
                var owner = db.ChangeTracker.Entries<OfficialText>().FirstOrDefault(o => o.Entity.Id == ownerId && o.State != EntityState.Deleted);
                if (owner is not null)
                {
                    changes.Add(() => new Change(SearchKind.Text, owner.Entity.Id, owner.Entity));
                }

                continue;
            }

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
        var postgres = db.Database.IsNpgsql();
        foreach (var change in changes)
        {
            var kind = (int)change.Kind;
            await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE Kind = {kind} AND ItemId = {change.Id}", cancellationToken);
            if (!postgres)
            {
                await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntriesEnglish WHERE Kind = {kind} AND ItemId = {change.Id}", cancellationToken);
            }

            foreach (var (language, title, body) in Rows(change.Entity))
            {
                await (postgres || TableFor(language) == Table
                    ? db.Database.ExecuteSqlAsync($"INSERT INTO SearchEntries (Kind, ItemId, Language, Title, Body) VALUES ({kind}, {change.Id}, {language}, {title}, {body})", cancellationToken)
                    : db.Database.ExecuteSqlAsync($"INSERT INTO SearchEntriesEnglish (Kind, ItemId, Language, Title, Body) VALUES ({kind}, {change.Id}, {language}, {title}, {body})", cancellationToken));
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
        var items = await db.Articles.CountAsync(cancellationToken) + await db.OfficialTexts.CountAsync(cancellationToken)
            + await db.OfficialTexts.SelectMany(t => t.Translations).CountAsync(cancellationToken);
        var entries = await db.Database.SqlQuery<int>($"SELECT CAST(count(*) AS INTEGER) AS \"Value\" FROM SearchEntries").SingleAsync(cancellationToken)
            + (db.Database.IsNpgsql() ? 0 : await db.Database.SqlQuery<int>($"SELECT CAST(count(*) AS INTEGER) AS \"Value\" FROM SearchEntriesEnglish").SingleAsync(cancellationToken));
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
        if (!db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntriesEnglish", cancellationToken);
        }

        await ApplyAsync(db, articles.Select(a => new Change(SearchKind.Article, a.Id, a)).Concat(texts.Select(t => new Change(SearchKind.Text, t.Id, t))), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>An item's rows: an article's, in its language; a text's, in its document's language and in each of its translations'.</summary>
    private static IEnumerable<(string Language, string Title, string Body)> Rows(object? entity) => entity switch
    {
        Article a => [(a.Language, a.Title, $"{a.Summary}\n{Markdig.Markdown.ToPlainText(a.BodyMarkdown)}")],
        OfficialText t => [(t.Language, t.Title, $"{t.Reference}\n{t.Summary}\n{t.AdoptingBody}"),
            .. t.Translations.Select(tr => (tr.Language, tr.Title, $"{t.Reference}\n{tr.Summary}\n{t.AdoptingBody}"))],
        _ => [],
    };
}

/// <summary>What a search result is.</summary>
public enum SearchKind
{
    Article = 1,
    Text = 2,
}
