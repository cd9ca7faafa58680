using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Texts;

/// <summary>One version of an official text's file; older versions stay downloadable.</summary>
public sealed class TextFileVersion : IVersionedPart
{
    private TextFileVersion()
    {
    }

    public TextFileVersion(int number, UploadedFile file, DateTime addedAtUtc, string? proposedById = null)
    {
        Number = number;
        SetFile(file, addedAtUtc);
        ProposedById = proposedById;
    }

    public int Id { get; private set; }

    public int OfficialTextId { get; private set; }

    /// <summary>1, 2, 3… in order of validation; 0 while a proposed replacement awaits validation.</summary>
    public int Number { get; private set; }

    public bool IsPending => Number == 0;

    /// <summary>Who proposed this file; barred from validating it.</summary>
    public string? ProposedById { get; private set; }

    /// <summary>The name the file had when it came in; downloads are named from the text's reference.</summary>
    public string FileName { get; private set; } = string.Empty;

    public string MediaType { get; private set; } = string.Empty;

    public long SizeBytes { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the bytes; also the key of the <see cref="StoredFile"/>.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public DateTime AddedAtUtc { get; private set; }

    /// <summary>The public note of what this version changes ("Titre corrigé", "Annexe ajoutée"); none for a first version or an import.</summary>
    public string? ChangeNote { get; private set; }

    /// <summary>A corrected title proposed with this version, applied to the text when the version is validated.</summary>
    public string? ProposedTitle { get; private set; }

    /// <summary>A corrected summary proposed with this version, applied to the text when the version is validated.</summary>
    public string? ProposedSummary { get; private set; }

    /// <summary>The language of a title and summary in another language proposed with this version, if any.</summary>
    public string? ProposedTranslationLanguage { get; private set; }

    /// <summary>The title in <see cref="ProposedTranslationLanguage"/>, applied when the version is validated.</summary>
    public string? ProposedTranslationTitle { get; private set; }

    /// <summary>The summary in <see cref="ProposedTranslationLanguage"/>, applied when the version is validated.</summary>
    public string? ProposedTranslationSummary { get; private set; }

    /// <summary>The other language's words this version proposes, if any.</summary>
    public TextTranslation? ProposedTranslation =>
        ProposedTranslationLanguage is { } language ? new TextTranslation(language, ProposedTranslationTitle!, ProposedTranslationSummary!) : null;

    public (Type Type, int Id) Owner => (typeof(OfficialText), OfficialTextId);

    internal void SetFile(UploadedFile file, DateTime addedAtUtc)
    {
        FileName = file.FileName;
        MediaType = file.MediaType;
        SizeBytes = file.SizeBytes;
        Sha256 = file.Sha256;
        AddedAtUtc = addedAtUtc;
    }

    /// <summary>The file as it came in, to carry it into a new edition unchanged.</summary>
    public UploadedFile File() => new(FileName, MediaType, SizeBytes, Sha256);

    internal void Propose(string changeNote, string? title, string? summary, TextTranslation? translation)
    {
        ChangeNote = changeNote;
        ProposedTitle = title;
        ProposedSummary = summary;
        (ProposedTranslationLanguage, ProposedTranslationTitle, ProposedTranslationSummary) = (translation?.Language, translation?.Title, translation?.Summary);
    }

    internal void Promote(int number, DateTime nowUtc)
    {
        Number = number;
        AddedAtUtc = nowUtc;
    }
}

/// <summary>A file that came in (upload or import), already checked and hashed.</summary>
public sealed record UploadedFile(string FileName, string MediaType, long SizeBytes, string Sha256);
