namespace AesSummit.Web.Features.Texts;

/// <summary>Recognises a PDF by its bytes, never by its name or declared type.</summary>
public static class PdfFile
{
    public const string MediaType = "application/pdf";

    private static readonly byte[] Header = "%PDF-"u8.ToArray();
    private static readonly byte[] Trailer = "%%EOF"u8.ToArray();

    /// <summary>True when the bytes start with a PDF header and end with its end-of-file marker (a truncated upload does not).</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> content)
    {
        // The specification lets up to 1024 bytes of junk precede the header; readers accept it, so do we.
        var head = content[..Math.Min(content.Length, 1024 + Header.Length)];
        if (head.IndexOf(Header) < 0)
        {
            return false;
        }

        var tail = content[Math.Max(0, content.Length - 1024)..];
        return tail.IndexOf(Trailer) >= 0;
    }
}
