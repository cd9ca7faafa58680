using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Content;

/// <summary>An editorial page written in Markdown (the Confederation's presentation).</summary>
public sealed class ContentPage : IImported, IVersioned
{
    private ContentPage()
    {
    }

    public ContentPage(string slug, ContentPageText text, string language = ContentLanguage.Original)
    {
        Slug = slug;
        Language = language;
        Apply(text);
    }

    public int Id { get; private set; }

    public string Slug { get; private set; } = string.Empty;

    /// <summary>The language of the words; a page's versions share its slug, one per language.</summary>
    public string Language { get; private set; } = ContentLanguage.Original;

    public string Title { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    public string BodyMarkdown { get; private set; } = string.Empty;

    public string BodyHtml { get; private set; } = string.Empty;

    public string? ImportFingerprint { get; private set; }

    public Guid Version { get; set; }

    public void Apply(ContentPageText text)
    {
        Title = text.Title;
        Summary = text.Summary;
        BodyMarkdown = text.BodyMarkdown;
        BodyHtml = text.BodyHtml;
    }

    public void MarkImported(string fingerprint) => ImportFingerprint = fingerprint;

    public string ComputeFingerprint() => Fingerprint.Of(new ContentPageText(Title, Summary, BodyMarkdown, BodyHtml));
}

/// <summary>The editable text of a content page.</summary>
public sealed record ContentPageText(string Title, string Summary, string BodyMarkdown, string BodyHtml);
