namespace AesSummit.Web.Features.Texts;

/// <summary>One version of an official text's file; older versions stay downloadable.</summary>
public sealed class TextFileVersion
{
    private TextFileVersion()
    {
    }

    public TextFileVersion(int number, string fileName, string mediaType, long sizeBytes, string sha256, DateTime addedAtUtc)
    {
        Number = number;
        FileName = fileName;
        MediaType = mediaType;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        AddedAtUtc = addedAtUtc;
    }

    public int Id { get; private set; }

    public int OfficialTextId { get; private set; }

    public int Number { get; private set; }

    /// <summary>The name the file had when it came in; downloads are named from the text's reference.</summary>
    public string FileName { get; private set; } = string.Empty;

    public string MediaType { get; private set; } = string.Empty;

    public long SizeBytes { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the bytes; also the key of the <see cref="StoredFile"/>.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public DateTime AddedAtUtc { get; private set; }
}
