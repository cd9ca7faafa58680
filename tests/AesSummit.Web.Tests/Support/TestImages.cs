using System.Buffers.Binary;
using System.Text;
using NetVips;

namespace AesSummit.Web.Tests.Support;

/// <summary>Images made for the tests by libvips itself: each format, one carrying a GPS position, a bomb, a truncated file.</summary>
public static class TestImages
{
    /// <summary>The position the GPS-tagged photograph claims: 12° 38′ 5″ N, Bamako's latitude.</summary>
    public const string GpsLatitudeMarker = "12/1 38/1 5/1";

    /// <summary>A camera serial number written in the GPS-tagged photograph's XMP.</summary>
    public const string CameraSerial = "SERIE-APPAREIL-4711";

    private static Image Gradient(int width, int height)
    {
        using var xy = Image.Xyz(width, height);
        using var x = xy[0];
        using var y = xy[1];
        using var red = x * (255.0 / width);
        using var green = y * (255.0 / height);
        using var blue = (red + green) / 2;
        using var joined = red.Bandjoin(green, blue);
        return joined.Cast(Enums.BandFormat.Uchar);
    }

    public static byte[] Jpeg(int width = 1200, int height = 800)
    {
        using var image = Gradient(width, height);
        return image.JpegsaveBuffer(q: 90);
    }

    public static byte[] Png(int width = 1200, int height = 800)
    {
        using var image = Gradient(width, height);
        return image.PngsaveBuffer();
    }

    public static byte[] WebP(int width = 1200, int height = 800)
    {
        using var image = Gradient(width, height);
        return image.WebpsaveBuffer(q: 90);
    }

    /// <summary>A JPEG whose EXIF holds a GPS position and whose XMP names a camera serial, as a phone's photograph would.</summary>
    public static byte[] JpegWithGpsAndSerial(int width = 1200, int height = 800)
    {
        using var image = Gradient(width, height);
        var xmp = Encoding.UTF8.GetBytes(
            $"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:aux=\"http://ns.adobe.com/exif/1.0/aux/\" aux:SerialNumber=\"{CameraSerial}\"/></rdf:RDF></x:xmpmeta>");
        using var tagged = image.Mutate(m =>
        {
            m.Set(GValue.BlobType, "exif-data", GpsExif());
            m.Set(GValue.BlobType, "xmp-data", xmp);
        });
        return tagged.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.All);
    }

    /// <summary>A small JPEG whose header claims 60 000 × 60 000 pixels: decoded, it would take gigabytes.</summary>
    public static byte[] DecompressionBomb()
    {
        var jpeg = Jpeg(64, 64);
        // The start-of-frame segment (FF C0): length (2), precision (1), height (2), width (2).
        for (var i = 2; i < jpeg.Length - 9; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] is 0xC0 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 5), 60_000);
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 7), 60_000);
                return jpeg;
            }
        }

        throw new InvalidOperationException("No start-of-frame segment in the JPEG.");
    }

    /// <summary>A JPEG cut off half-way, as an interrupted transfer leaves it.</summary>
    public static byte[] Truncated() => Jpeg()[..(Jpeg().Length / 2)];

    /// <summary>An EXIF block (TIFF, little-endian) with a GPS directory: latitude reference N and latitude 12° 38′ 5″.</summary>
    private static byte[] GpsExif()
    {
        var tiff = new byte[80];
        var span = tiff.AsSpan();
        "II"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], 8);
        // IFD0 at 8: one entry, GPSInfo (0x8825, LONG) pointing at the GPS directory at 26.
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], 1);
        Entry(span[10..], 0x8825, 4, 1, 26);
        BinaryPrimitives.WriteUInt32LittleEndian(span[22..], 0);
        // GPS IFD at 26: GPSLatitudeRef (ASCII "N") and GPSLatitude (3 RATIONAL at 56).
        BinaryPrimitives.WriteUInt16LittleEndian(span[26..], 2);
        Entry(span[28..], 0x0001, 2, 2, 'N');
        Entry(span[40..], 0x0002, 5, 3, 56);
        BinaryPrimitives.WriteUInt32LittleEndian(span[52..], 0);
        uint[] rationals = [12, 1, 38, 1, 5, 1];
        for (var i = 0; i < rationals.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(56 + (4 * i))..], rationals[i]);
        }

        return [.. "Exif\0\0"u8, .. tiff];
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
    }
}
