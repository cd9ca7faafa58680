namespace AesSummit.Web.Features.Media;

/// <summary>An image taken in: its press original and its renditions, all stripped of metadata and stored by SHA-256.</summary>
public sealed record ProcessedImage(int Width, int Height, StoredImageFile Original, IReadOnlyList<StoredImageFile> Renditions);

/// <summary>One stored file of an image: its pixel size, type, bytes' SHA-256 and length.</summary>
public sealed record StoredImageFile(int Width, int Height, string MediaType, string Sha256, long SizeBytes)
{
    /// <summary>The file name extension its address ends with.</summary>
    public string Extension => ImageFormats.ExtensionOf(MediaType);
}
