namespace AesSummit.Web.Features.Publishing;

/// <summary>A translated part (a session's, a phase's, a summit's, a text's words in one language), kept one per language.</summary>
public interface ITranslation<in T>
{
    string Language { get; }

    /// <summary>Takes the words of another version in the same language.</summary>
    void Rewrite(T words);
}

/// <summary>The one rule for an item's list of translations.</summary>
public static class Translations
{
    /// <summary>
    /// Makes <paramref name="current"/> the versions given: added, removed, or changed in place, so that a stored row keeps its
    /// key (item, language) and is never replaced by another row with the same key.
    /// </summary>
    public static void Sync<T>(List<T> current, IReadOnlyList<T> given)
        where T : class, ITranslation<T>
    {
        current.RemoveAll(t => given.All(n => n.Language != t.Language));
        foreach (var translation in given)
        {
            if (current.Find(t => t.Language == translation.Language) is { } existing)
            {
                existing.Rewrite(translation);
            }
            else
            {
                current.Add(translation);
            }
        }
    }
}
