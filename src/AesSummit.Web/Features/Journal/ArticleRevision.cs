namespace AesSummit.Web.Features.Journal;

/// <summary>
/// An article's words as they were saved once (created, edited or imported): every saved version is kept, so that the
/// Secretariat sees what changed since the version it last read, and anyone can show an earlier one.
/// </summary>
public sealed class ArticleRevision
{
    private ArticleRevision()
    {
    }

    public ArticleRevision(ArticleContent content, string byName, DateTime savedAtUtc)
    {
        Title = content.Title;
        Summary = content.Summary;
        BodyMarkdown = content.BodyMarkdown;
        ByName = byName;
        SavedAtUtc = savedAtUtc;
    }

    public long Id { get; private set; }

    public int ArticleId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    public string BodyMarkdown { get; private set; } = string.Empty;

    public string ByName { get; private set; } = string.Empty;

    public DateTime SavedAtUtc { get; private set; }

    /// <summary>For a validated correction of the published article: what it changed, as the public reads it.</summary>
    public string? ChangeNote { get; private set; }

    internal static ArticleRevision Correction(ArticleEdition edition, DateTime savedAtUtc) =>
        new(new ArticleContent(edition.Title, edition.Summary, edition.BodyMarkdown, edition.BodyHtml, default, null, false), edition.AuthorName, savedAtUtc)
        {
            ChangeNote = edition.ChangeNote,
        };
}
