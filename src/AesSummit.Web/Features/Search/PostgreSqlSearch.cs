using System.Text.RegularExpressions;

namespace AesSummit.Web.Features.Search;

/// <summary>
/// Full-text search on PostgreSQL: the same <c>SearchEntries</c> rows, with a <c>tsvector</c> in a text search
/// configuration of the portal's own (<c>aes_french</c>: <c>unaccent</c>, then French stemming), so that accents and case
/// are ignored and "protocoles" finds "protocole"; words are prefixes, all required; the best first.
/// </summary>
public static partial class PostgreSqlSearch
{
    /// <summary>What the PostgreSQL migrations create; the <c>unaccent</c> extension needs a superuser once, or a DBA beforehand.</summary>
    public const string CreateSql = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE TEXT SEARCH CONFIGURATION aes_french (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION aes_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
        CREATE TABLE searchentries (
            rowid bigserial PRIMARY KEY,
            kind integer NOT NULL,
            itemid integer NOT NULL,
            title text NOT NULL,
            body text NOT NULL,
            document tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('aes_french'::regconfig, title), 'A') || setweight(to_tsvector('aes_french'::regconfig, body), 'B')) STORED);
        CREATE INDEX ix_searchentries_document ON searchentries USING gin (document);
        CREATE INDEX ix_searchentries_item ON searchentries (kind, itemid);
        """;

    /// <summary>
    /// The SearchPerLanguage migration (PostgreSQL): each row names its language and is stemmed by it, English by a configuration
    /// of the portal's own (<c>aes_english</c>: <c>unaccent</c>, then English stemming), every other language as French. The table
    /// starts empty and start-up rebuilds it.
    /// </summary>
    public const string PerLanguageSql = """
        CREATE TEXT SEARCH CONFIGURATION aes_english (COPY = english);
        ALTER TEXT SEARCH CONFIGURATION aes_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
        DROP TABLE IF EXISTS searchentries;
        CREATE TABLE searchentries (
            rowid bigserial PRIMARY KEY,
            kind integer NOT NULL,
            itemid integer NOT NULL,
            language varchar(3) NOT NULL,
            title text NOT NULL,
            body text NOT NULL,
            document tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector(CASE WHEN language = 'en' THEN 'aes_english'::regconfig ELSE 'aes_french'::regconfig END, title), 'A')
                || setweight(to_tsvector(CASE WHEN language = 'en' THEN 'aes_english'::regconfig ELSE 'aes_french'::regconfig END, body), 'B')) STORED);
        CREATE INDEX ix_searchentries_document ON searchentries USING gin (document);
        CREATE INDEX ix_searchentries_item ON searchentries (kind, itemid);
        """;

    public const string PerLanguageDownSql = """
        DROP TABLE IF EXISTS searchentries;
        DROP TEXT SEARCH CONFIGURATION IF EXISTS aes_english;
        CREATE TABLE searchentries (
            rowid bigserial PRIMARY KEY,
            kind integer NOT NULL,
            itemid integer NOT NULL,
            title text NOT NULL,
            body text NOT NULL,
            document tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('aes_french'::regconfig, title), 'A') || setweight(to_tsvector('aes_french'::regconfig, body), 'B')) STORED);
        CREATE INDEX ix_searchentries_document ON searchentries USING gin (document);
        CREATE INDEX ix_searchentries_item ON searchentries (kind, itemid);
        """;

    /// <summary>The text search configuration of a language's rows (the same choice the table's generated column makes).</summary>
    public static string Configuration(string language) => language == "en" ? "aes_english" : "aes_french";

    public const string DropSql = """
        DROP TABLE IF EXISTS searchentries;
        DROP TEXT SEARCH CONFIGURATION IF EXISTS aes_french;
        """;

    /// <summary>ts_headline's options for a title: every match marked, as FTS5's highlight does.</summary>
    public static readonly string TitleMarks = $"StartSel={SearchQueries.MarkStart}, StopSel={SearchQueries.MarkEnd}, HighlightAll=true";

    /// <summary>ts_headline's options for an excerpt: a passage or two around the matches, as FTS5's snippet gives.</summary>
    public static readonly string ExcerptMarks =
        $"StartSel={SearchQueries.MarkStart}, StopSel={SearchQueries.MarkEnd}, MaxWords=30, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    /// <summary>The <c>tsquery</c> for an FTS5 expression of <see cref="SearchQueries.MatchExpression"/>: the same words, as prefixes, all required.</summary>
    public static string Query(string expression) =>
        string.Join(" & ", Term().Matches(expression).Select(m => $"{m.Groups[1].Value}:*"));

    // The expression holds only letters and digits between quotes: nothing else reaches to_tsquery.
    [GeneratedRegex(@"""([\p{L}\p{N}]+)""\*")]
    private static partial Regex Term();
}
