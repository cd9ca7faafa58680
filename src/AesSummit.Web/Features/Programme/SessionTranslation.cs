namespace AesSummit.Web.Features.Programme;

/// <summary>A session's title and description in a language other than the original's; times, venue and status are the session's.</summary>
public sealed class SessionTranslation : Publishing.ITranslation<SessionTranslation>
{
    public const int MaxTitleLength = 200;

    private SessionTranslation()
    {
    }

    public SessionTranslation(string language, string title, string descriptionMarkdown, string descriptionHtml)
    {
        Language = language;
        Title = title;
        DescriptionMarkdown = descriptionMarkdown;
        DescriptionHtml = descriptionHtml;
    }

    public string Language { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string DescriptionMarkdown { get; private set; } = string.Empty;

    public string DescriptionHtml { get; private set; } = string.Empty;

    /// <summary>Takes the words of another version in the same language.</summary>
    public void Rewrite(SessionTranslation words) =>
        (Title, DescriptionMarkdown, DescriptionHtml) = (words.Title, words.DescriptionMarkdown, words.DescriptionHtml);
}

/// <summary>What a visitor reads of a session in a language: its version in it, or the original's words, in their language.</summary>
public sealed record SessionWords(string Language, string Title, string DescriptionMarkdown, string DescriptionHtml);
