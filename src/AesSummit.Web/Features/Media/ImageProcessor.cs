using Microsoft.Extensions.Options;
using NetVips;

namespace AesSummit.Web.Features.Media;

/// <summary>
/// Decodes an uploaded image with libvips and writes what the portal serves: renditions at the configured widths in WebP
/// and JPEG, and a press original at full size. Orientation is applied, colour converted to sRGB, and no metadata block
/// (EXIF with its GPS position and camera serials, XMP, IPTC, comments, ICC profile) survives in any file written.
/// </summary>
/// <remarks>
/// Only the JPEG, PNG and WebP loaders may run (<see cref="RestrictLoaders"/>); an image is measured from its header and
/// refused by its pixel count before anything is decoded, so a decompression bomb costs nothing. One image at a time is
/// processed: the machine is small, and an upload is a rare staff action.
/// </remarks>
public sealed class ImageProcessor(IOptions<ImagesOptions> options, ILogger<ImageProcessor> logger) : IDisposable
{
    private const int JpegQuality = 80;
    private const int WebPQuality = 72;
    private const int OriginalJpegQuality = 92;

    /// <summary>libvips' largest coordinate: as a height, "no limit" (the width alone decides).</summary>
    private const int MaxCoordinate = 10_000_000;

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public void Dispose() => _oneAtATime.Dispose();

    private static readonly Lock Restriction = new();

    private static bool _restricted;

    /// <summary>
    /// Allows libvips to load only JPEG, PNG and WebP, and keeps its operation cache small: every upload is new. Once per
    /// process: libvips' settings are global, and blocking every loader again while another app of the process (the tests
    /// start many) decodes an image would refuse it.
    /// </summary>
    public static void RestrictLoaders()
    {
        lock (Restriction)
        {
            if (_restricted)
            {
                return;
            }

            Restrict();
            _restricted = true;
        }
    }

    private static void Restrict()
    {
        Operation.Block("VipsForeignLoad", true);
        Operation.Block("VipsForeignLoadJpeg", false);
        Operation.Block("VipsForeignLoadPng", false);
        Operation.Block("VipsForeignLoadWebp", false);
        Cache.Max = 0;
        Cache.MaxFiles = 0;
    }

    /// <summary>Reads the image at <paramref name="sourcePath"/> and writes its files into <paramref name="outputFolder"/>.</summary>
    /// <returns>The files written, or the resource key of the reason the image is refused.</returns>
    public async Task<(ImageOutput? Output, string? Refusal)> ProcessAsync(string sourcePath, string outputFolder, CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return Process(sourcePath, outputFolder);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private (ImageOutput? Output, string? Refusal) Process(string sourcePath, string outputFolder)
    {
        string? mediaType;
        int width, height;
        bool hasAlpha;
        try
        {
            // The bytes decide, never the name: the loader libvips would pick from the file's first bytes.
            mediaType = ImageFormats.FromLoader(Image.FindLoad(sourcePath));
            if (mediaType is null)
            {
                return (null, "Images.NotAnImage");
            }

            // Only the header is read here: the pixels are decoded later, and only for an image within the limit.
            using var header = Image.NewFromFile(sourcePath, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
            if ((long)header.Width * header.Height > options.Value.MaxPixels)
            {
                return (null, "Images.TooManyPixels");
            }

            var turned = header.Contains("orientation") && header.Get("orientation") is int orientation && orientation >= 5;
            (width, height) = turned ? (header.Height, header.Width) : (header.Width, header.Height);
            hasAlpha = header.HasAlpha();
        }
        catch (VipsException e)
        {
            logger.LogInformation("Image refused: its header is unreadable ({Reason})", e.Message);
            return (null, "Images.NotAnImage");
        }

        var written = new List<ImageFile>();
        try
        {
            // The press original: full size, turned upright, in sRGB, without metadata; PNG only when it has transparency.
            written.Add(Write(sourcePath, outputFolder, width, hasAlpha ? ImageFormats.Png : ImageFormats.Jpeg, OriginalJpegQuality));
            foreach (var target in Widths(width))
            {
                written.Add(Write(sourcePath, outputFolder, target, ImageFormats.WebP, JpegQuality));
                written.Add(Write(sourcePath, outputFolder, target, ImageFormats.Jpeg, JpegQuality));
            }

            return (new ImageOutput(width, height, written[0], written[1..]), null);
        }
        catch (VipsException e)
        {
            // A truncated or corrupt file fails here, while its pixels are decoded.
            logger.LogInformation("Image refused: its pixels are unreadable ({Reason})", e.Message);
            foreach (var file in written)
            {
                File.Delete(file.Path);
            }

            return (null, "Images.Unreadable");
        }
    }

    /// <summary>The configured widths narrower than the image, and the image's own width when it is narrower than the widest: never enlarged.</summary>
    private IEnumerable<int> Widths(int width)
    {
        var widths = options.Value.Widths.Where(w => w < width).Order().ToList();
        if (width <= options.Value.Widths.Max())
        {
            widths.Add(width);
        }

        return widths.Distinct();
    }

    private static ImageFile Write(string sourcePath, string outputFolder, int targetWidth, string mediaType, int jpegQuality)
    {
        var path = Path.Combine(outputFolder, $"{Guid.NewGuid():N}.{ImageFormats.ExtensionOf(mediaType)}");
        // thumbnail applies the orientation and converts to sRGB (the embedded profile, or the standard one for its space).
        using var resized = Image.Thumbnail(sourcePath, targetWidth, height: MaxCoordinate, size: Enums.Size.Down,
            outputProfile: "srgb", failOn: Enums.FailOn.Error);
        using var flat = mediaType == ImageFormats.Jpeg && resized.HasAlpha() ? resized.Flatten(background: [255, 255, 255]) : resized.Copy();
        switch (mediaType)
        {
            case ImageFormats.WebP:
                flat.Webpsave(path, q: WebPQuality, keep: Enums.ForeignKeep.None);
                break;
            case ImageFormats.Png:
                flat.Pngsave(path, compression: 9, keep: Enums.ForeignKeep.None);
                break;
            default:
                flat.Jpegsave(path, q: jpegQuality, optimizeCoding: true, interlace: true,
                    keep: Enums.ForeignKeep.None);
                break;
        }

        return new ImageFile(path, flat.Width, flat.Height, mediaType);
    }
}

/// <summary>The files an image gave, written to a work folder, not yet in the store.</summary>
public sealed record ImageOutput(int Width, int Height, ImageFile Original, IReadOnlyList<ImageFile> Renditions);

/// <summary>One file written by <see cref="ImageProcessor"/>.</summary>
public sealed record ImageFile(string Path, int Width, int Height, string MediaType);
