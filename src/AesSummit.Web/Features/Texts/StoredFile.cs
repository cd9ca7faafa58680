namespace AesSummit.Web.Features.Texts;

/// <summary>
/// A file the portal keeps, addressed by its SHA-256 so that it is kept once. Its bytes are on disk, in the
/// <see cref="Infrastructure.Files.FileStore"/>; the row says that they belong to the store.
/// </summary>
public sealed class StoredFile
{
    private StoredFile()
    {
    }

    public StoredFile(string sha256)
    {
        Sha256 = sha256;
    }

    public string Sha256 { get; private set; } = string.Empty;

    /// <summary>
    /// Where stores made before the files went to disk kept the bytes; start-up moves them out and leaves this empty.
    /// Never loaded by the portal's queries, which read the files from disk.
    /// </summary>
    public byte[] Content { get; private set; } = [];
}
