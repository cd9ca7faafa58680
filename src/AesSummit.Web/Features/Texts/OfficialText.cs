using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Texts;

/// <summary>An adopted document (treaty, protocol, communiqué…) with its versioned file.</summary>
public sealed class OfficialText : IPublishable, IImported, IVersioned
{
    private OfficialText()
    {
    }

    private OfficialText(string slug, OfficialTextMetadata metadata)
    {
        Slug = slug;
        Apply(metadata);
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

    public PublicationStatus Status { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public List<TextFileVersion> Files { get; private set; } = [];

    public string? ImportFingerprint { get; private set; }

    public Guid Version { get; set; }

    public TextFileVersion? CurrentFile => Files.MaxBy(f => f.Number);

    /// <summary>A text from the reviewed <c>content/</c> folder: adopted, hence public from the import on.</summary>
    public static OfficialText FromAdoptedContent(string slug, OfficialTextMetadata metadata, DateTime publishedAtUtc)
    {
        var text = new OfficialText(slug, metadata)
        {
            Status = PublicationStatus.Published,
            PublishedAtUtc = publishedAtUtc,
        };
        return text;
    }

    public void Apply(OfficialTextMetadata metadata)
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

    /// <summary>Adds the file as a new version unless it is already the current one.</summary>
    public bool AddFileVersion(string fileName, string mediaType, long sizeBytes, string sha256, DateTime nowUtc)
    {
        if (CurrentFile?.Sha256 == sha256)
        {
            return false;
        }

        var number = (CurrentFile?.Number ?? 0) + 1;
        Files.Add(new TextFileVersion(number, fileName, mediaType, sizeBytes, sha256, nowUtc));
        return true;
    }

    public void MarkImported(string fingerprint) => ImportFingerprint = fingerprint;

    public string ComputeFingerprint() => Fingerprint.Of(new
    {
        Metadata = new OfficialTextMetadata(Reference, Title, Kind, AdoptingBody, AdoptedOn, Language, Summary, SummitId, IsSample),
        Status,
        CurrentFile?.Sha256,
    });

    /// <summary>The file name a download gets: the reference made safe for file systems.</summary>
    public string DownloadFileName(TextFileVersion version)
    {
        var safe = new string(Reference.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');
        var suffix = version.Number == CurrentFile?.Number ? string.Empty : $"-v{version.Number}";
        return $"{(safe.Length == 0 ? Slug : safe)}{suffix}.pdf";
    }
}

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
