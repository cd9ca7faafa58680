using System.Text.RegularExpressions;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Features.Search;

/// <summary>Full-text search over the published articles and texts, best matches first.</summary>
public sealed partial class SearchQueries(SummitDbContext db, TimeProvider clock, AesSummit.Web.Infrastructure.Languages.PortalLanguages languages)
{
    public const int MaxTerms = 12;

    // Private-use characters mark the matches in FTS5's output; the text is HTML-encoded before they become <mark>.
    internal const char MarkStart = '\uE000';
    internal const char MarkEnd = '\uE001';

    // Required words that nearly every French sentence holds only add noise to the marks.
    // English's too, for the English pages.
    private static readonly HashSet<string> StopWords = new(
        ["le", "la", "les", "de", "des", "du", "un", "une", "et", "en", "au", "aux", "ou", "sur", "par", "pour", "dans", "avec",
            "the", "of", "and", "an", "in", "on", "to", "for", "with", "by", "at"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The FTS5 query for what a visitor typed: every word, as a prefix, all required; null when nothing searchable is left.</summary>
    public static string? MatchExpression(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        // Words only, so that no FTS5 operator or quote from the visitor reaches the query; single letters are French elisions (l', d').
        var words = Word().Matches(input).Select(m => m.Value).Where(w => w.Length > 1).ToList();
        var meaningful = words.Where(w => !StopWords.Contains(w)).ToList();
        var terms = (meaningful.Count > 0 ? meaningful : words).Select(Singular).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTerms).ToList();
        return terms.Count == 0 ? null : string.Join(' ', terms.Select(t => $"\"{t}\"*"));
    }

    /// <summary>A light French stemming: the plural mark goes, and the prefix search finds singular and plural ("protocoles" finds "protocole").</summary>
    private static string Singular(string word) =>
        word.Length > 3 && word[^1] is 's' or 'x' or 'S' or 'X' ? word[..^1] : word;

    public async Task<SearchPage> SearchAsync(string expression, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        // Ranked first, without marks: computing marks and excerpts costs far more than ranking, and only one page shows them.
        // In the request's language: its rows only, stemmed as that language (SQLite: its table; PostgreSQL: its configuration).
        var language = languages.Current;
        var postgres = db.Database.IsNpgsql();
        var query = postgres ? PostgreSqlSearch.Query(expression) : expression;
        var configuration = PostgreSqlSearch.Configuration(language);
        var table = SearchIndex.TableFor(language);
        var hits = postgres
            ? await db.Database.SqlQuery<SearchHit>($"""
                SELECT e.rowid AS "EntryId", e.kind AS "Kind", e.itemid AS "ItemId", -ts_rank(e.document, q)::float8 AS "Rank"
                FROM searchentries e, to_tsquery(CAST({configuration} AS regconfig), {query}) q WHERE e.document @@ q AND e.language = {language}
                ORDER BY "Rank" LIMIT 1000
                """).ToListAsync(cancellationToken)
            : table == SearchIndex.EnglishTable
                ? await db.Database.SqlQuery<SearchHit>($"""
                    SELECT rowid AS EntryId, Kind, CAST(ItemId AS INTEGER) AS ItemId, bm25(SearchEntriesEnglish, 0.0, 0.0, 0.0, 5.0, 1.0) AS Rank
                    FROM SearchEntriesEnglish WHERE SearchEntriesEnglish MATCH {expression} AND Language = {language}
                    ORDER BY Rank LIMIT 1000
                    """).ToListAsync(cancellationToken)
                : await db.Database.SqlQuery<SearchHit>($"""
                    SELECT rowid AS EntryId, Kind, CAST(ItemId AS INTEGER) AS ItemId, bm25(SearchEntries, 0.0, 0.0, 0.0, 5.0, 1.0) AS Rank
                    FROM SearchEntries WHERE SearchEntries MATCH {expression} AND Language = {language}
                    ORDER BY Rank LIMIT 1000
                    """).ToListAsync(cancellationToken);

        // The one visibility rule decides what a visitor may find.
        var now = clock.GetUtcNow().UtcDateTime;
        var articleIds = hits.Where(h => h.Kind == SearchKind.Article).Select(h => h.ItemId).ToList();
        var textIds = hits.Where(h => h.Kind == SearchKind.Text).Select(h => h.ItemId).ToList();
        // Up to a thousand ids each, sent as one JSON parameter (EF.Parameter): as many SQL parameters cost more than the query.
        var articles = await db.Articles.AsNoTracking().VisibleAt(now).Where(a => a.Language == language && EF.Parameter(articleIds).Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.PublishedAtUtc, a.IsSample }).ToDictionaryAsync(a => a.Id, cancellationToken);
        var texts = await db.OfficialTexts.AsNoTracking().VisibleAt(now).Where(t => EF.Parameter(textIds).Contains(t.Id))
            .Select(t => new { t.Id, t.Slug, t.Reference, t.AdoptedOn }).ToDictionaryAsync(t => t.Id, cancellationToken);
        var visible = hits.Where(h => h.Kind == SearchKind.Article ? articles.ContainsKey(h.ItemId) : texts.ContainsKey(h.ItemId)).ToList();
        var shown = visible.Skip((page - 1) * pageSize).Take(pageSize).ToList();

        var shownIds = shown.Select(h => h.EntryId).ToArray();
        var marks = postgres
            ? await db.Database.SqlQuery<SearchMarks>($"""
                SELECT e.rowid AS "EntryId", ts_headline(CAST({configuration} AS regconfig), e.title, q, {PostgreSqlSearch.TitleMarks}) AS "Title",
                       ts_headline(CAST({configuration} AS regconfig), e.body, q, {PostgreSqlSearch.ExcerptMarks}) AS "Excerpt"
                FROM searchentries e, to_tsquery(CAST({configuration} AS regconfig), {query}) q WHERE e.rowid = ANY({shownIds})
                """).ToDictionaryAsync(m => m.EntryId, cancellationToken)
            : table == SearchIndex.EnglishTable
                ? await db.Database.SqlQuery<SearchMarks>($"""
                    SELECT rowid AS EntryId,
                           highlight(SearchEntriesEnglish, 3, char(57344), char(57345)) AS Title,
                           snippet(SearchEntriesEnglish, 4, char(57344), char(57345), '…', 24) AS Excerpt
                    FROM SearchEntriesEnglish WHERE SearchEntriesEnglish MATCH {expression} AND rowid IN (SELECT value FROM json_each({System.Text.Json.JsonSerializer.Serialize(shownIds)}))
                    """).ToDictionaryAsync(m => m.EntryId, cancellationToken)
                : await db.Database.SqlQuery<SearchMarks>($"""
                    SELECT rowid AS EntryId,
                           highlight(SearchEntries, 3, char(57344), char(57345)) AS Title,
                           snippet(SearchEntries, 4, char(57344), char(57345), '…', 24) AS Excerpt
                    FROM SearchEntries WHERE SearchEntries MATCH {expression} AND rowid IN (SELECT value FROM json_each({System.Text.Json.JsonSerializer.Serialize(shownIds)}))
                    """).ToDictionaryAsync(m => m.EntryId, cancellationToken);

        var results = new List<SearchResult>();
        foreach (var hit in shown)
        {
            // An entry rewritten between the two queries (an edit saved meanwhile) has no marks: it is left out of this page.
            if (!marks.TryGetValue(hit.EntryId, out var mark))
            {
                continue;
            }

            if (hit.Kind == SearchKind.Article && articles.TryGetValue(hit.ItemId, out var a))
            {
                results.Add(new SearchResult(SearchKind.Article, $"/journal/{a.Slug}", Highlight(mark.Title), Highlight(mark.Excerpt), PortalTime.Day(a.PublishedAtUtc!.Value), a.IsSample));
            }
            else if (hit.Kind == SearchKind.Text && texts.TryGetValue(hit.ItemId, out var t))
            {
                results.Add(new SearchResult(SearchKind.Text, $"/textes/{t.Slug}", Highlight(mark.Title), Highlight(mark.Excerpt), t.AdoptedOn, false));
            }
        }

        var pageCount = Math.Max(1, (int)Math.Ceiling(visible.Count / (double)pageSize));
        return new SearchPage(results, visible.Count, page, pageCount);
    }

    /// <summary>FTS5 output, HTML-encoded, with its match marks turned into <c>mark</c> elements.</summary>
    public static IHtmlContent Highlight(string marked) =>
        new HtmlString(Encode(marked).Replace(MarkStart.ToString(), "<mark>", StringComparison.Ordinal).Replace(MarkEnd.ToString(), "</mark>", StringComparison.Ordinal));

    // The five characters that matter in text and attributes; accented letters stay as they are, which keeps pages small.
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>A row of the FTS5 query.</summary>
    internal sealed class SearchHit
    {
        public long EntryId { get; set; }

        public SearchKind Kind { get; set; }

        public int ItemId { get; set; }

        public double Rank { get; set; }
    }

    internal sealed class SearchMarks
    {
        public long EntryId { get; set; }

        public string Title { get; set; } = string.Empty;

        public string Excerpt { get; set; } = string.Empty;
    }
}

/// <summary>One result: where it leads, its title and excerpt with the matched words marked.</summary>
public sealed record SearchResult(SearchKind Kind, string Url, IHtmlContent Title, IHtmlContent Excerpt, DateOnly Date, bool IsSample);

/// <summary>One page of results.</summary>
public sealed record SearchPage(IReadOnlyList<SearchResult> Items, int Total, int Page, int PageCount);
