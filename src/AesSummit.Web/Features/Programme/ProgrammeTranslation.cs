namespace AesSummit.Web.Features.Programme;

/// <summary>
/// A summit's or a phase's words in a language other than the original's: its title, the body that meets (a phase's), and its
/// text (a summit's summary, a phase's description). Dates, places and sessions are the item's own.
/// </summary>
public sealed class ProgrammeTranslation : Publishing.ITranslation<ProgrammeTranslation>
{
    private ProgrammeTranslation()
    {
    }

    public ProgrammeTranslation(string language, string title, string body, string textMarkdown, string textHtml)
    {
        Language = language;
        Title = title;
        Body = body;
        TextMarkdown = textMarkdown;
        TextHtml = textHtml;
    }

    public string Language { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public string TextMarkdown { get; private set; } = string.Empty;

    public string TextHtml { get; private set; } = string.Empty;

    /// <summary>Takes the words of another version in the same language.</summary>
    public void Rewrite(ProgrammeTranslation words) =>
        (Title, Body, TextMarkdown, TextHtml) = (words.Title, words.Body, words.TextMarkdown, words.TextHtml);
}

/// <summary>What a visitor reads of a summit or a phase in a language: its version in it, or the original's words, in their language.</summary>
public sealed record ProgrammeWords(string Language, string Title, string Body, string TextHtml);
