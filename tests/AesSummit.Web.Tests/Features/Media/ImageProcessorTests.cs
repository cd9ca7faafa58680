using System.Diagnostics;
using System.Text;
using AesSummit.Web.Features.Media;
using AesSummit.Web.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NetVips;

namespace AesSummit.Web.Tests.Features.Media;

/// <summary>libvips decides what is an image, refuses bombs from their header, and writes files without any metadata.</summary>
public sealed class ImageProcessorTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ImageProcessor _processor = new(Options.Create(new ImagesOptions()), NullLogger<ImageProcessor>.Instance);

    static ImageProcessorTests() => ImageProcessor.RestrictLoaders();

    public void Dispose()
    {
        _processor.Dispose();
        _folder.Dispose();
    }

    private async Task<(ImageOutput? Output, string? Refusal)> ProcessAsync(byte[] bytes, string name = "photo.jpg")
    {
        var path = _folder.File(name);
        await File.WriteAllBytesAsync(path, bytes);
        return await _processor.ProcessAsync(path, _folder.Path);
    }

    public static TheoryData<string, byte[]> EachFormat => new()
    {
        { "jpeg", TestImages.Jpeg() },
        { "png", TestImages.Png() },
        { "webp", TestImages.WebP() },
    };

    [Theory]
    [MemberData(nameof(EachFormat))]
    public async Task Process_OfAValidImage_WritesRenditionsAtEachNarrowerWidthInWebPAndJpeg(string format, byte[] bytes)
    {
        var (output, refusal) = await ProcessAsync(bytes, $"photo.{format}");

        Assert.Null(refusal);
        Assert.Equal((1200, 800), (output!.Width, output.Height));
        Assert.Equal(
            ["image/jpeg 1080", "image/jpeg 1200", "image/jpeg 360", "image/jpeg 720", "image/webp 1080", "image/webp 1200", "image/webp 360", "image/webp 720"],
            output.Renditions.Select(r => $"{r.MediaType} {r.Width}").Order(StringComparer.Ordinal));
        Assert.Equal((1200, 800, "image/jpeg"), (output.Original.Width, output.Original.Height, output.Original.MediaType));
        foreach (var file in output.Renditions)
        {
            using var written = Image.NewFromFile(file.Path);
            Assert.Equal((file.Width, file.Height), (written.Width, written.Height));
            Assert.Equal(file.Width * 2 / 3, file.Height);
        }
    }

    [Fact]
    public async Task Process_OfTextNamedJpg_IsRefusedAsNotAnImage()
    {
        var (output, refusal) = await ProcessAsync(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"));

        Assert.Null(output);
        Assert.Equal("Images.NotAnImage", refusal);
    }

    [Fact]
    public async Task Process_OfAFormatNotAccepted_IsRefusedAsNotAnImage()
    {
        using var gif = Image.Black(10, 10);
        var (output, refusal) = await ProcessAsync(gif.TiffsaveBuffer(), "photo.jpg");

        Assert.Null(output);
        Assert.Equal("Images.NotAnImage", refusal);
    }

    [Fact]
    public async Task Process_OfATruncatedFile_IsRefusedAsUnreadableAndLeavesNoFile()
    {
        var (output, refusal) = await ProcessAsync(TestImages.Truncated());

        Assert.Null(output);
        Assert.Equal("Images.Unreadable", refusal);
        Assert.Equal(["photo.jpg"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Process_OfADecompressionBomb_IsRefusedFromItsHeaderQuickly()
    {
        var clock = Stopwatch.StartNew();
        var before = GC.GetTotalMemory(false);

        var (output, refusal) = await ProcessAsync(TestImages.DecompressionBomb());

        Assert.Null(output);
        Assert.Equal("Images.TooManyPixels", refusal);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"{clock.ElapsedMilliseconds} ms");
        Assert.True(NetVips.Stats.Mem < 64 * 1024 * 1024, $"libvips holds {NetVips.Stats.Mem} bytes");
        Assert.True(GC.GetTotalMemory(false) - before < 64 * 1024 * 1024);
    }

    [Fact]
    public async Task Process_OfAPhotoWithGpsAndSerial_WritesNoMetadataInAnyFile()
    {
        var photo = TestImages.JpegWithGpsAndSerial();
        using (var source = Image.NewFromBuffer(photo))
        {
            // The test is only worth something if the photograph does carry them.
            Assert.Contains("exif-ifd3-GPSLatitude", source.GetFields());
            Assert.Contains(TestImages.CameraSerial, Encoding.UTF8.GetString(photo), StringComparison.Ordinal);
        }

        var (output, _) = await ProcessAsync(photo);

        foreach (var file in output!.Renditions.Prepend(output.Original))
        {
            var bytes = await File.ReadAllBytesAsync(file.Path);
            var text = Encoding.Latin1.GetString(bytes);
            Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
            Assert.DoesNotContain("GPS", text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestImages.CameraSerial, text, StringComparison.Ordinal);
            Assert.DoesNotContain("xmpmeta", text, StringComparison.Ordinal);
            using var written = Image.NewFromFile(file.Path);
            Assert.DoesNotContain(written.GetFields(), f => f.StartsWith("exif", StringComparison.Ordinal) || f is "xmp-data" or "iptc-data" or "icc-profile-data");
        }
    }

    [Fact]
    public async Task Process_OfASmallImage_NeverEnlargesIt()
    {
        var (output, _) = await ProcessAsync(TestImages.Png(500, 300), "petite.png");

        Assert.Equal([360, 360, 500, 500], output!.Renditions.Select(r => r.Width).Order());
    }
}
