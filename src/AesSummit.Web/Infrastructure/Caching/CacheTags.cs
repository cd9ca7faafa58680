namespace AesSummit.Web.Infrastructure.Caching;

/// <summary>What a cached public answer shows; a change to any of it evicts every answer tagged with it.</summary>
public static class CacheTags
{
    /// <summary>Articles: the journal, its feeds, the home page, search, the sitemap.</summary>
    public const string Journal = "journal";

    /// <summary>Official texts and their files: the texts' pages, the archives, the home page, search, the sitemap.</summary>
    public const string Texts = "texts";

    /// <summary>Editions, phases and sessions: the programmes, calendars, JSON, the home page.</summary>
    public const string Programme = "programme";

    /// <summary>Editorial pages (the Confederation).</summary>
    public const string Pages = "pages";
}
