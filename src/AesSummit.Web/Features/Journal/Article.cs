using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Media;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Journal;

/// <summary>A news item of the Journal du Sommet; the public sees it only once validated and due.</summary>
public sealed class Article : PublishableItem, IImported, ISlugged
{
    private Article()
    {
    }

    private Article(string slug, string language, ArticleContent content)
    {
        Slug = slug;
        Language = language;
        SetContent(content);
    }

    public int Id { get; private set; }

    public string Slug { get; private set; } = string.Empty;

    /// <summary>The language of the words; the versions of one article in several languages share its slug, one per language.</summary>
    public string Language { get; private set; } = ContentLanguage.Original;

    public string Title { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    public string BodyMarkdown { get; private set; } = string.Empty;

    public string BodyHtml { get; private set; } = string.Empty;

    public Pillar Pillars { get; private set; }

    public int? SummitId { get; private set; }

    public Summit? Summit { get; private set; }

    /// <summary>True for specimen text written where the facts run out.</summary>
    public bool IsSample { get; private set; }

    public string? ImportFingerprint { get; private set; }

    public List<ArticleAuditEntry> History { get; private set; } = [];

    /// <summary>Every saved version of the words; only the ones added by this instance are loaded with it.</summary>
    public List<ArticleRevision> Revisions { get; private set; } = [];

    /// <summary>The article's images, public with it and only with it.</summary>
    public List<ArticleImage> Images { get; private set; } = [];

    /// <summary>The image shown above the article and in its previews, if any (the images must be loaded).</summary>
    public ArticleImage? LeadImage => Images.Find(i => i.IsLead);

    /// <summary>The author adds an image to a draft or sent-back article; it may then be placed in the body by its name.</summary>
    public ArticleImage AddImage(string name, ProcessedImage image, ImageDescription description, bool isLead, Actor by, DateTime nowUtc)
    {
        BeginEdit(by, nowUtc, $"Image « {name} » ajoutée");
        var unique = name;
        for (var n = 2; Images.Exists(i => i.Name == unique); n++)
        {
            unique = $"{name}-{n}";
        }

        var added = new ArticleImage(unique, image, description, nowUtc);
        Images.Add(added);
        if (isLead)
        {
            MakeLead(added);
        }

        return added;
    }

    /// <summary>The author changes what is said of an image, or which one leads.</summary>
    public void DescribeImage(string name, ImageDescription description, bool isLead, Actor by, DateTime nowUtc)
    {
        // Rights first: someone who may not edit learns nothing of the images.
        BeginEdit(by, nowUtc, $"Image « {name} » décrite");
        var image = Images.Find(i => i.Name == name) ?? throw new WorkflowException(WorkflowRefusal.NotWhatWasSeen);
        image.Describe(description);
        if (isLead)
        {
            MakeLead(image);
        }
        else
        {
            image.IsLead = false;
        }
    }

    /// <summary>The author takes an image out of an article not yet public; its files stay in the store, unnamed.</summary>
    public void RemoveImage(string name, Actor by, DateTime nowUtc)
    {
        BeginEdit(by, nowUtc, $"Image « {name} » retirée");
        var image = Images.Find(i => i.Name == name) ?? throw new WorkflowException(WorkflowRefusal.NotWhatWasSeen);
        Images.Remove(image);
    }

    /// <summary>
    /// The reviewed content's images for this article: those unchanged stay as they are (described anew), the others are
    /// planned, to be processed before the save (<see cref="ArticleImage.SetFiles"/>), and those gone are taken out.
    /// </summary>
    public void PlanImportedImages(IReadOnlyList<ImportedImage> images, DateTime nowUtc)
    {
        Images.RemoveAll(i => !images.Any(p => p.Name == i.Name && p.SourceSha256 == i.SourceSha256));
        foreach (var planned in images)
        {
            if (Images.Find(i => i.Name == planned.Name) is { } kept)
            {
                kept.Describe(planned.Description);
                kept.IsLead = planned.IsLead;
            }
            else
            {
                Images.Add(new ArticleImage(planned, nowUtc));
            }
        }
    }

    private void MakeLead(ArticleImage lead)
    {
        foreach (var image in Images)
        {
            image.IsLead = image == lead;
        }
    }

    protected override void CheckReadyToSubmit()
    {
        if (Images.Exists(i => !i.IsDescribed))
        {
            throw new WorkflowException(WorkflowRefusal.AltTextRequired);
        }
    }

    /// <summary>A new article that only its author and the Secretariat see until it is validated.</summary>
    public static Article CreateDraft(string slug, ArticleContent content, Actor author, DateTime nowUtc, string language = ContentLanguage.Original)
    {
        var article = new Article(slug, language, content);
        article.BeginDraft(author, nowUtc);
        article.Revisions.Add(new ArticleRevision(content, author.Name, nowUtc));
        return article;
    }

    /// <summary>An article from the reviewed <c>content/</c> folder: it was validated before it was committed.</summary>
    public static Article FromValidatedContent(string slug, ArticleContent content, ArticleValidation validation, string language = ContentLanguage.Original)
    {
        var article = new Article(slug, language, content);
        article.PublishFromReviewedContent(validation.ValidatedBy, validation.ValidatedAtUtc, validation.PublishedAtUtc);
        article.Revisions.Add(new ArticleRevision(content, validation.ValidatedBy, validation.ValidatedAtUtc));
        return article;
    }

    /// <summary>The author changes the draft (or the sent-back article).</summary>
    public void Edit(ArticleContent content, Actor by, DateTime nowUtc)
    {
        BeginEdit(by, nowUtc);
        SetContent(content);
        Revisions.Add(new ArticleRevision(content, by.Name, nowUtc));
    }

    /// <summary>A writer starts a correction of the published article; the public keeps the published words meanwhile.</summary>
    public ArticleEdition StartEdition(Actor by, DateTime nowUtc)
    {
        RequireRole(by, Roles.Writer);
        RequireState(PublicationStatus.Published);
        if (PublishedAtUtc > nowUtc)
        {
            // Not public yet: the Secretariat takes the validation back instead.
            throw new WorkflowException(WorkflowRefusal.WrongState);
        }

        RecordAudit(by, nowUtc, WorkflowAction.EditionStarted, null);
        return new ArticleEdition(this, by, nowUtc);
    }

    /// <summary>The correction's writer sends it to the Permanent Secretariat, with its change note.</summary>
    public void SubmitEdition(ArticleEdition edition, Actor by, DateTime nowUtc)
    {
        if (edition.ArticleId != Id)
        {
            throw new WorkflowException(WorkflowRefusal.WrongState);
        }

        edition.Submit(by);
        RecordAudit(by, nowUtc, WorkflowAction.EditionSubmitted, edition.ChangeNote);
    }

    /// <summary>The Permanent Secretariat validates a correction: its words become the public ones, with its change note.</summary>
    public void ValidateEdition(ArticleEdition edition, Actor by, DateTime nowUtc)
    {
        RequireRole(by, Roles.PermanentSecretariat);
        RequireState(PublicationStatus.Published);
        if (edition.ArticleId != Id)
        {
            throw new WorkflowException(WorkflowRefusal.WrongState);
        }

        if (edition.AuthorId == by.UserId)
        {
            throw new WorkflowException(WorkflowRefusal.FourEyes);
        }

        edition.MarkValidated();
        SetContent(new ArticleContent(edition.Title, edition.Summary, edition.BodyMarkdown, edition.BodyHtml, Pillars, SummitId, IsSample));
        Revisions.Add(ArticleRevision.Correction(edition, nowUtc));
        RecordAudit(by, nowUtc, WorkflowAction.EditionValidated, edition.ChangeNote);
    }

    /// <summary>The Permanent Secretariat sends a correction back to its writer; the published words stay.</summary>
    public void SendBackEdition(ArticleEdition edition, Actor by, string reason, DateTime nowUtc)
    {
        RequireRole(by, Roles.PermanentSecretariat);
        if (edition.ArticleId != Id)
        {
            throw new WorkflowException(WorkflowRefusal.WrongState);
        }

        var text = RequireText(reason);
        edition.SendBack(text);
        RecordAudit(by, nowUtc, WorkflowAction.EditionSentBack, text);
    }

    /// <summary>The import brings a newer reviewed version of the file.</summary>
    public void ApplyImport(ArticleContent content, ArticleValidation validation)
    {
        SetContent(content);
        PublishFromReviewedContent(validation.ValidatedBy, validation.ValidatedAtUtc, validation.PublishedAtUtc);
        Revisions.Add(new ArticleRevision(content, validation.ValidatedBy, validation.ValidatedAtUtc));
    }

    public void MarkImported(string fingerprint) => ImportFingerprint = fingerprint;

    public void ChangeSlugBeforeFirstSave(string slug)
    {
        if (Id != 0)
        {
            throw new InvalidOperationException("A saved article keeps its slug.");
        }

        Slug = slug;
    }

    public string ComputeFingerprint() => Fingerprint.Of(new
    {
        Content = new ArticleContent(Title, Summary, BodyMarkdown, BodyHtml, Pillars, SummitId, IsSample),
        Status,
        PublishedAtUtc,
        ValidatedBy,
        ValidatedAtUtc,
        Images = Images.OrderBy(i => i.Name, StringComparer.Ordinal)
            .Select(i => new { i.Name, i.AltText, i.IsDecorative, i.Caption, i.Credit, i.IsLead, i.SourceSha256 }),
    });

    protected override void Record(AuditRecord entry) => History.Add(new ArticleAuditEntry(entry));

    private void SetContent(ArticleContent content)
    {
        Title = content.Title;
        Summary = content.Summary;
        BodyMarkdown = content.BodyMarkdown;
        BodyHtml = content.BodyHtml;
        Pillars = content.Pillars;
        SummitId = content.SummitId;
        IsSample = content.IsSample;
    }
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

/// <summary>An entry of an article's audit trail.</summary>
public sealed class ArticleAuditEntry : AuditEntry, IVersionedPart
{
    private ArticleAuditEntry()
    {
    }

    public ArticleAuditEntry(AuditRecord record)
        : base(record)
    {
    }

    public int ArticleId { get; private set; }

    public (Type Type, int Id) Owner => (typeof(Article), ArticleId);
}
