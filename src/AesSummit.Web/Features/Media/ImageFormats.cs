namespace AesSummit.Web.Features.Media;

/// <summary>The three formats accepted and served, by media type, libvips loader and extension.</summary>
public static class ImageFormats
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string WebP = "image/webp";

    /// <summary>The media type of what a libvips loader (by its class name, "VipsForeignLoadJpegFile") decodes, or null for any other format.</summary>
    public static string? FromLoader(string? loader) =>
        loader is null ? null
        : loader.StartsWith("VipsForeignLoadJpeg", StringComparison.Ordinal) ? Jpeg
        : loader.StartsWith("VipsForeignLoadPng", StringComparison.Ordinal) ? Png
        : loader.StartsWith("VipsForeignLoadWebp", StringComparison.Ordinal) ? WebP
        : null;

    public static string ExtensionOf(string mediaType) => mediaType switch
    {
        Jpeg => "jpg",
        Png => "png",
        WebP => "webp",
        _ => throw new ArgumentOutOfRangeException(nameof(mediaType), mediaType, "Not an image format served here."),
    };

    public static string? FromExtension(string extension) => extension switch
    {
        "jpg" => Jpeg,
        "png" => Png,
        "webp" => WebP,
        _ => null,
    };
}
