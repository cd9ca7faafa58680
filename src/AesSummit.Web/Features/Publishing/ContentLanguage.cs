namespace AesSummit.Web.Features.Publishing;

/// <summary>The language of stored words: the Confederation writes first in French; other versions share the original's slug.</summary>
public static class ContentLanguage
{
    /// <summary>The language of the originals, and of every item stored before the portal had other languages.</summary>
    public const string Original = "fr";

    public const int MaxLength = 3;
}
