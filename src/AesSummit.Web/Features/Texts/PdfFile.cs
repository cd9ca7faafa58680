namespace AesSummit.Web.Features.Texts;

/// <summary>Recognises a PDF by its bytes, never by its name or declared type.</summary>
public static class PdfFile
{
    public const string MediaType = "application/pdf";

    private static readonly byte[] Header = "%PDF-"u8.ToArray();
    private static readonly byte[] Trailer = "%%EOF"u8.ToArray();

    /// <summary>How many bytes at each end of a file decide whether it is a PDF.</summary>
    public const int EdgeLength = 1024 + 5;

    /// <summary>True when the bytes start with a PDF header and end with its end-of-file marker (a truncated upload does not).</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> content) =>
        LooksLikePdf(content[..Math.Min(content.Length, EdgeLength)], content[Math.Max(0, content.Length - EdgeLength)..]);

    /// <summary>The same check, on the first and last <see cref="EdgeLength"/> bytes of a file too large to read whole.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> head, ReadOnlySpan<byte> tail)
    {
        // The specification lets up to 1024 bytes of junk precede the header; readers accept it, so do we.
        if (head[..Math.Min(head.Length, 1024 + Header.Length)].IndexOf(Header) < 0)
        {
            return false;
        }

        return tail[Math.Max(0, tail.Length - 1024)..].IndexOf(Trailer) >= 0;
    }
}
