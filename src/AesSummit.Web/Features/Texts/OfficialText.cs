using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Texts;

/// <summary>An adopted document (treaty, protocol, communiqué…) with its versioned file.</summary>
public sealed class OfficialText : PublishableItem, IImported, ISlugged
{
    private OfficialText()
    {
    }

    private OfficialText(string slug, OfficialTextMetadata metadata)
    {
        Slug = slug;
        SetMetadata(metadata);
    }

    public int Id { get; private set; }

    public string Slug { get; private set; } = string.Empty;

    public string Reference { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public TextKind Kind { get; private set; }

    public string AdoptingBody { get; private set; } = string.Empty;

    public DateOnly AdoptedOn { get; private set; }

    /// <summary>BCP 47 language of the document, such as "fr".</summary>
    public string Language { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    public int? SummitId { get; private set; }

    public Summit? Summit { get; private set; }

    public bool IsSample { get; private set; }

    public List<TextFileVersion> Files { get; private set; } = [];

    /// <summary>The title and summary in other languages, for information; one per language.</summary>
    public List<TextTranslation> Translations { get; private set; } = [];

    /// <summary>The languages whose versions are authentic, comma-separated; empty means the document's own language alone.</summary>
    public string AuthenticLanguages { get; private set; } = string.Empty;

    /// <summary>The languages whose versions are authentic (the document's own, unless the text says otherwise).</summary>
    public IReadOnlyList<string> Authentic => AuthenticLanguages.Length == 0 ? [Language] : AuthenticLanguages.Split(',');

    /// <summary>The words to show in <paramref name="language"/>: its version, or the document's own (whose language says so).</summary>
    public TextWords WordsIn(string language) =>
        language != Language && Translations.Find(t => t.Language == language) is { } translation
            ? new TextWords(language, translation.Title, translation.Summary)
            : new TextWords(Language, Title, Summary);

    /// <summary>The versions in other languages and the authentic languages, as the reviewed content gives them.</summary>
    public void Translate(IReadOnlyList<TextTranslation> translations, IReadOnlyList<string> authentic)
    {
        Publishing.Translations.Sync(Translations, translations);
        AuthenticLanguages = authentic.Count == 0 || authentic.SequenceEqual([Language]) ? string.Empty : string.Join(',', authentic);
    }

    public List<TextAuditEntry> History { get; private set; } = [];

    public string? ImportFingerprint { get; private set; }

    /// <summary>The version the public downloads.</summary>
    public TextFileVersion? CurrentFile => Files.Where(f => !f.IsPending).MaxBy(f => f.Number);

    /// <summary>A replacement proposed for a published text, awaiting validation.</summary>
    public TextFileVersion? PendingFile => Files.Find(f => f.IsPending);

    public IEnumerable<TextFileVersion> PublishedFiles => Files.Where(f => !f.IsPending).OrderByDescending(f => f.Number);

    public static OfficialText CreateDraft(string slug, OfficialTextMetadata metadata, UploadedFile file, Actor author, DateTime nowUtc)
    {
        var text = new OfficialText(slug, metadata);
        text.BeginDraft(author, nowUtc);
        text.Files.Add(new TextFileVersion(1, file, nowUtc));
        return text;
    }

    /// <summary>A text from the reviewed <c>content/</c> folder: adopted, hence public from the import on.</summary>
    /// <param name="publishedUtc">The day the content says the text was made public; its dates are the text's, not the import's.</param>
    public static OfficialText FromAdoptedContent(string slug, OfficialTextMetadata metadata, UploadedFile file, DateTime publishedUtc, DateTime nowUtc)
    {
        var text = new OfficialText(slug, metadata);
        text.ApplyImport(metadata, file, publishedUtc, nowUtc);
        return text;
    }

    public void Edit(OfficialTextMetadata metadata, UploadedFile? newFile, Actor by, DateTime nowUtc)
    {
        BeginEdit(by, nowUtc, newFile is null ? null : newFile.Sha256);
        SetMetadata(metadata);
        if (newFile is not null)
        {
            // A draft was never public: its file is replaced, not versioned.
            Files.Single(f => f.Number == 1).SetFile(newFile, nowUtc);
        }
    }

    /// <summary>
    /// A writer proposes a new edition of a published text: a new file, a corrected title or summary, or both, with a public
    /// note of what changes. The public keeps the current edition until the Secretariat validates this one.
    /// </summary>
    public void ProposeEdition(TextEditionProposal proposal, Actor by, DateTime nowUtc)
    {
        RequireRole(by, Roles.Writer);
        RequireState(PublicationStatus.Published);
        var note = RequireChangeNote(proposal.ChangeNote);
        var title = NewValue(proposal.Title, Title);
        var summary = NewValue(proposal.Summary, Summary);
        var file = proposal.File ?? CurrentFile?.File() ?? throw new WorkflowException(WorkflowRefusal.FileRequired);
        var translation = NewTranslation(proposal.Translation);
        if (title is null && summary is null && translation is null && file.Sha256 == CurrentFile?.Sha256)
        {
            throw new WorkflowException(WorkflowRefusal.NothingChanged);
        }

        if (PendingFile is { } pending)
        {
            Files.Remove(pending);
        }

        var version = new TextFileVersion(0, file, nowUtc, by.UserId);
        version.Propose(note, title, summary, translation);
        Files.Add(version);
        RecordAudit(by, nowUtc, WorkflowAction.FileProposed, file.Sha256);
    }

    private static string RequireChangeNote(string? note)
    {
        var trimmed = note?.Trim();
        return string.IsNullOrEmpty(trimmed) ? throw new WorkflowException(WorkflowRefusal.ChangeNoteRequired)
            : trimmed.Length > ArticleEdition.MaxChangeNoteLength ? throw new WorkflowException(WorkflowRefusal.ReasonTooLong)
            : trimmed;
    }

    /// <summary>Another language's title and summary, when both are given and differ from that language's version now.</summary>
    private TextTranslation? NewTranslation(TextTranslation? proposed)
    {
        if (proposed is null || string.IsNullOrWhiteSpace(proposed.Title) || string.IsNullOrWhiteSpace(proposed.Summary) || proposed.Language == Language)
        {
            return null;
        }

        var words = new TextTranslation(proposed.Language, proposed.Title.Trim(), proposed.Summary.Trim());
        return Translations.Find(t => t.Language == words.Language) is { } current && current.Title == words.Title && current.Summary == words.Summary ? null : words;
    }

    private static string? NewValue(string? proposed, string current) =>
        string.IsNullOrWhiteSpace(proposed) || proposed.Trim() == current ? null : proposed.Trim();

    /// <param name="seenSha256">The SHA-256 of the file the validator was shown: a different file waiting now is refused, never published unseen.</param>
    public void ValidateFile(Actor by, string seenSha256, DateTime nowUtc)
    {
        RequireRole(by, Roles.PermanentSecretariat);
        var pending = RequirePendingFile(seenSha256);
        if (pending.ProposedById == by.UserId)
        {
            throw new WorkflowException(WorkflowRefusal.FourEyes);
        }

        pending.Promote((CurrentFile?.Number ?? 0) + 1, nowUtc);
        Title = pending.ProposedTitle ?? Title;
        Summary = pending.ProposedSummary ?? Summary;
        if (pending.ProposedTranslation is { } translation)
        {
            // The other languages' versions stay; this one is written, or rewritten in place.
            Translate([.. Translations.Where(t => t.Language != translation.Language), translation], Authentic);
        }
        RecordAudit(by, nowUtc, WorkflowAction.FileValidated, pending.Sha256);
    }

    /// <param name="seenSha256">The SHA-256 of the file the validator was shown and declines.</param>
    public void DeclineFile(Actor by, string seenSha256, string reason, DateTime nowUtc)
    {
        RequireRole(by, Roles.PermanentSecretariat);
        var pending = RequirePendingFile(seenSha256);
        var text = RequireText(reason);
        Files.Remove(pending);
        RecordAudit(by, nowUtc, WorkflowAction.FileDeclined, text);
    }

    private TextFileVersion RequirePendingFile(string seenSha256)
    {
        var pending = PendingFile ?? throw new WorkflowException(WorkflowRefusal.FileRequired);
        return string.Equals(pending.Sha256, seenSha256?.Trim(), StringComparison.OrdinalIgnoreCase)
            ? pending
            : throw new WorkflowException(WorkflowRefusal.NotWhatWasSeen);
    }

    /// <summary>
    /// The import brings the reviewed metadata and file. A first file and the publication carry the text's own date
    /// (<paramref name="publishedUtc"/>, never later than now: reviewed content is public from its import on); a different
    /// file later is a new version of the day it is imported.
    /// </summary>
    public void ApplyImport(OfficialTextMetadata metadata, UploadedFile file, DateTime publishedUtc, DateTime nowUtc)
    {
        var ownDateUtc = publishedUtc < nowUtc ? publishedUtc : nowUtc;
        SetMetadata(metadata);
        if (CurrentFile?.Sha256 != file.Sha256)
        {
            Files.Add(new TextFileVersion((CurrentFile?.Number ?? 0) + 1, file, CurrentFile is null ? ownDateUtc : nowUtc));
        }

        if (Status != PublicationStatus.Published)
        {
            PublishFromReviewedContent(ImportValidator, ownDateUtc, ownDateUtc, recordedAtUtc: nowUtc);
        }
    }

    /// <summary>Name written as validator of texts from the reviewed content folder.</summary>
    public const string ImportValidator = "Secrétariat Permanent";

    public void MarkImported(string fingerprint) => ImportFingerprint = fingerprint;

    public void ChangeSlugBeforeFirstSave(string slug)
    {
        if (Id != 0)
        {
            throw new InvalidOperationException("A saved text keeps its slug.");
        }

        Slug = slug;
    }

    // Translations and authentic languages count only when there are some: a store imported before them keeps its fingerprint.
    public string ComputeFingerprint() => Translations.Count == 0 && AuthenticLanguages.Length == 0
        ? Fingerprint.Of(new
        {
            Metadata = new OfficialTextMetadata(Reference, Title, Kind, AdoptingBody, AdoptedOn, Language, Summary, SummitId, IsSample),
            Status,
            CurrentFile?.Sha256,
        })
        : Fingerprint.Of(new
        {
            Metadata = new OfficialTextMetadata(Reference, Title, Kind, AdoptingBody, AdoptedOn, Language, Summary, SummitId, IsSample),
            Status,
            CurrentFile?.Sha256,
            Translations = Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new { t.Language, t.Title, t.Summary }),
            AuthenticLanguages,
        });

    /// <summary>The file name a download gets: the reference made safe for file systems.</summary>
    public string DownloadFileName(TextFileVersion version)
    {
        var safe = new string(Reference.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');
        var suffix = version.Number == CurrentFile?.Number ? string.Empty : $"-v{version.Number}";
        return $"{(safe.Length == 0 ? Slug : safe)}{suffix}.pdf";
    }

    protected override void Record(AuditRecord entry) => History.Add(new TextAuditEntry(entry));

    private void SetMetadata(OfficialTextMetadata metadata)
    {
        Reference = metadata.Reference;
        Title = metadata.Title;
        Kind = metadata.Kind;
        AdoptingBody = metadata.AdoptingBody;
        AdoptedOn = metadata.AdoptedOn;
        Language = metadata.Language;
        Summary = metadata.Summary;
        SummitId = metadata.SummitId;
        IsSample = metadata.IsSample;
    }
}

/// <summary>What a writer proposes as a published text's new edition: a file (null keeps the current one), corrections and the public note.</summary>
public sealed record TextEditionProposal(UploadedFile? File, string? Title, string? Summary, string? ChangeNote, TextTranslation? Translation = null);

/// <summary>The editable description of an official text.</summary>
public sealed record OfficialTextMetadata(
    string Reference,
    string Title,
    TextKind Kind,
    string AdoptingBody,
    DateOnly AdoptedOn,
    string Language,
    string Summary,
    int? SummitId,
    bool IsSample);

/// <summary>An entry of an official text's audit trail.</summary>
public sealed class TextAuditEntry : AuditEntry, IVersionedPart
{
    private TextAuditEntry()
    {
    }

    public TextAuditEntry(AuditRecord record)
        : base(record)
    {
    }

    public int OfficialTextId { get; private set; }

    public (Type Type, int Id) Owner => (typeof(OfficialText), OfficialTextId);
}
