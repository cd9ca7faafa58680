namespace AesSummit.Web.Features.Texts;

/// <summary>
/// A text's title and summary in a language other than its document's: for information only, the authentic versions being the
/// ones <see cref="OfficialText.Authentic"/> names.
/// </summary>
public sealed class TextTranslation : Publishing.ITranslation<TextTranslation>
{
    private TextTranslation()
    {
    }

    public TextTranslation(string language, string title, string summary)
    {
        Language = language;
        Title = title;
        Summary = summary;
    }

    public string Language { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    /// <summary>Takes the words of another version in the same language.</summary>
    public void Rewrite(TextTranslation words) => (Title, Summary) = (words.Title, words.Summary);
}

/// <summary>What a visitor reads of a text in a language: its version in it, or the document's own words, in their language.</summary>
public sealed record TextWords(string Language, string Title, string Summary);
