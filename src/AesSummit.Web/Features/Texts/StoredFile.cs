namespace AesSummit.Web.Features.Texts;

/// <summary>File bytes kept in the store, addressed by their SHA-256 so that a file is stored once.</summary>
public sealed class StoredFile
{
    private StoredFile()
    {
    }

    public StoredFile(string sha256, byte[] content)
    {
        Sha256 = sha256;
        Content = content;
    }

    public string Sha256 { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];
}
