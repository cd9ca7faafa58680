using AesSummit.Web.Features.Media;
using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Journal;

/// <summary>
/// A photograph or illustration of an article: its press original and renditions (stored by SHA-256), its French
/// alternative text, caption and credit. It is public exactly when its article is.
/// </summary>
public sealed class ArticleImage : IVersionedPart
{
    public const int MaxNameLength = 60;
    public const int MaxAltTextLength = 300;
    public const int MaxCaptionLength = 500;
    public const int MaxCreditLength = 200;

    private ArticleImage()
    {
    }

    internal ArticleImage(string name, ProcessedImage image, ImageDescription description, DateTime addedAtUtc)
    {
        Name = name;
        SetFiles(image);
        AddedAtUtc = addedAtUtc;
        Describe(description);
    }

    /// <summary>An image of the reviewed content, named and described; its files come once it is processed (<see cref="SetFiles"/>).</summary>
    internal ArticleImage(ImportedImage planned, DateTime addedAtUtc)
    {
        Name = planned.Name;
        SourceSha256 = planned.SourceSha256;
        IsLead = planned.IsLead;
        AddedAtUtc = addedAtUtc;
        Describe(planned.Description);
    }

    public int Id { get; private set; }

    public int ArticleId { get; private set; }

    /// <summary>What the body calls it: <c>![texte](image:name)</c>.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Said to those who cannot see the image; null until written, unless the image is decorative.</summary>
    public string? AltText { get; private set; }

    /// <summary>An explicit choice: the image adds nothing the text does not say, and is hidden from screen readers.</summary>
    public bool IsDecorative { get; private set; }

    public string Caption { get; private set; } = string.Empty;

    /// <summary>"© Secrétariat Permanent / Nom", shown with the image and given to the press.</summary>
    public string Credit { get; private set; } = string.Empty;

    /// <summary>The article's lead image, shown above its words and in previews; one at most.</summary>
    public bool IsLead { get; internal set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>The full-size file for the press, stripped of metadata.</summary>
    public StoredImageFile Original { get; private set; } = null!;

    public List<StoredImageFile> Renditions { get; private set; } = [];

    public DateTime AddedAtUtc { get; private set; }

    /// <summary>The SHA-256 of the content folder's file it was made from (none for an upload, whose bytes are not kept).</summary>
    public string? SourceSha256 { get; private set; }

    /// <summary>Whether its files are made: an imported image is processed after it is planned.</summary>
    public bool HasFiles => Original is not null;

    public (Type Type, int Id) Owner => (typeof(Article), ArticleId);

    /// <summary>Whether a reader can be told what it shows (or it is decorative): an article goes to validation only then.</summary>
    public bool IsDescribed => IsDecorative || !string.IsNullOrWhiteSpace(AltText);

    /// <summary>The text a screen reader says: empty for a decorative image.</summary>
    public string Alt => IsDecorative ? string.Empty : AltText ?? string.Empty;

    /// <summary>The widest JPEG rendition: the one previews, feeds and the press library offer.</summary>
    public StoredImageFile LargestJpeg => Renditions.Where(r => r.MediaType == ImageFormats.Jpeg).MaxBy(r => r.Width)!;

    public void SetFiles(ProcessedImage image)
    {
        Width = image.Width;
        Height = image.Height;
        Original = image.Original;
        Renditions = [.. image.Renditions];
    }

    internal void Describe(ImageDescription description)
    {
        AltText = string.IsNullOrWhiteSpace(description.AltText) ? null : description.AltText.Trim();
        IsDecorative = description.IsDecorative;
        Caption = description.Caption?.Trim() ?? string.Empty;
        Credit = description.Credit?.Trim() ?? string.Empty;
    }
}

/// <summary>An image as the content folder describes it: its name in the body, what is said of it, and its source file's SHA-256.</summary>
public sealed record ImportedImage(string Name, ImageDescription Description, bool IsLead, string SourceSha256);

/// <summary>What staff say of an image.</summary>
public sealed record ImageDescription(string? AltText, bool IsDecorative, string? Caption, string? Credit);
