using System.ComponentModel.DataAnnotations;

namespace AesSummit.Web.Features.Media;

/// <summary>The "Images" section: what an uploaded image may weigh and measure, and the widths it is served at.</summary>
public sealed class ImagesOptions
{
    public const string Section = "Images";

    /// <summary>The largest upload accepted, in bytes.</summary>
    [Range(1024, 200L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>The most pixels (width × height) an image may declare; a larger one is refused from its header, before decoding.</summary>
    [Range(10_000, 200_000_000)]
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>The widths of the renditions, in pixels, each in WebP and JPEG; an image is never enlarged.</summary>
    [MinLength(1)]
    public int[] Widths { get; set; } = [360, 720, 1080, 1600];
}
