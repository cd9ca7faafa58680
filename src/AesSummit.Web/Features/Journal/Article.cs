using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Journal;

/// <summary>A news item of the Journal du Sommet; the public sees it only once validated and due.</summary>
public sealed class Article : IPublishable, IImported, IVersioned
{
    private Article()
    {
    }

    private Article(string slug, ArticleContent content)
    {
        Slug = slug;
        Apply(content);
    }

    public int Id { get; private set; }

    public string Slug { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    public string BodyMarkdown { get; private set; } = string.Empty;

    public string BodyHtml { get; private set; } = string.Empty;

    public Pillar Pillars { get; private set; }

    public int? SummitId { get; private set; }

    public Summit? Summit { get; private set; }

    /// <summary>True for specimen text written where the facts run out.</summary>
    public bool IsSample { get; private set; }

    public PublicationStatus Status { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    /// <summary>Who validated the article (the Permanent Secretariat).</summary>
    public string? ValidatedBy { get; private set; }

    public DateTime? ValidatedAtUtc { get; private set; }

    public string? ImportFingerprint { get; private set; }

    public Guid Version { get; set; }

    /// <summary>An article from the reviewed <c>content/</c> folder: it was validated before it was committed.</summary>
    public static Article FromValidatedContent(string slug, ArticleContent content, ArticleValidation validation)
    {
        var article = new Article(slug, content);
        article.ApplyValidation(validation);
        return article;
    }

    /// <summary>A new article that only its author sees until it is submitted and validated.</summary>
    public static Article CreateDraft(string slug, ArticleContent content) =>
        new(slug, content) { Status = PublicationStatus.Draft };

    public void Apply(ArticleContent content)
    {
        Title = content.Title;
        Summary = content.Summary;
        BodyMarkdown = content.BodyMarkdown;
        BodyHtml = content.BodyHtml;
        Pillars = content.Pillars;
        SummitId = content.SummitId;
        IsSample = content.IsSample;
    }

    public void ApplyValidation(ArticleValidation validation)
    {
        Status = PublicationStatus.Published;
        PublishedAtUtc = validation.PublishedAtUtc;
        ValidatedBy = validation.ValidatedBy;
        ValidatedAtUtc = validation.ValidatedAtUtc;
    }

    public void MarkImported(string fingerprint) => ImportFingerprint = fingerprint;

    public string ComputeFingerprint() => Fingerprint.Of(new
    {
        Content = new ArticleContent(Title, Summary, BodyMarkdown, BodyHtml, Pillars, SummitId, IsSample),
        Status,
        PublishedAtUtc,
        ValidatedBy,
        ValidatedAtUtc,
    });
}

/// <summary>The editable content of an article.</summary>
public sealed record ArticleContent(
    string Title,
    string Summary,
    string BodyMarkdown,
    string BodyHtml,
    Pillar Pillars,
    int? SummitId,
    bool IsSample);

/// <summary>Who validated an article, when, and from when it is public.</summary>
public sealed record ArticleValidation(string ValidatedBy, DateTime ValidatedAtUtc, DateTime PublishedAtUtc);
