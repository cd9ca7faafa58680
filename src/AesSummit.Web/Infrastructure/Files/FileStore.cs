using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Infrastructure.Files;

/// <summary>
/// The texts' files on disk, each named by the SHA-256 of its bytes (<c>ab/ab12…</c>): a file is written once, never changed,
/// and sent from disk (sendfile, ranges) without passing through memory. A file arrives through <see cref="StageAsync"/>:
/// copied to a temporary file while it is hashed, then moved into place in one step, so that no reader ever sees half a file.
/// </summary>
public sealed class FileStore
{
    private const string StagingFolder = "incoming";

    public FileStore(IOptions<FilesOptions> options, IHostEnvironment environment)
    {
        Root = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
    }

    public string Root { get; }

    /// <summary>Where the file with these bytes is, or would be.</summary>
    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("A file is named by the lower-case hex SHA-256 of its bytes.", nameof(sha256));
        }

        return System.IO.Path.Combine(Root, sha256[..2], sha256);
    }

    public bool Contains(string sha256) => File.Exists(PathOf(sha256));

    /// <summary>Copies <paramref name="content"/> to a temporary file, hashing it on the way; at most <paramref name="maxBytes"/> bytes.</summary>
    /// <returns>The staged file, or null when the content is longer than <paramref name="maxBytes"/>.</returns>
    public async Task<StagedFile?> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        var folder = System.IO.Path.Combine(Root, StagingFolder);
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, Guid.NewGuid().ToString("N"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var buffer = new byte[81920];
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    break;
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        if (size > maxBytes)
        {
            File.Delete(path);
            return null;
        }

        return new StagedFile(this, path, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    /// <summary>Stages an upload within <paramref name="maxBytes"/>, whatever length it claims.</summary>
    /// <returns>The staged file, or the resource key of the refusal: "Upload.Missing" or "Upload.TooLarge".</returns>
    public async Task<(StagedFile? Staged, string? Refusal)> StageUploadAsync(IFormFile? upload, long maxBytes, CancellationToken cancellationToken = default)
    {
        if (upload is null || upload.Length == 0)
        {
            return (null, "Upload.Missing");
        }

        if (upload.Length > maxBytes)
        {
            return (null, "Upload.TooLarge");
        }

        await using var content = upload.OpenReadStream();
        var staged = await StageAsync(content, maxBytes, cancellationToken);
        return staged is null ? (null, "Upload.TooLarge") : (staged, null);
    }

    /// <summary>A folder on the store's disk for work files (made images), so that storing them is a move, not a copy across disks.</summary>
    public string WorkFolder()
    {
        var folder = System.IO.Path.Combine(Root, StagingFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// Stores a file the portal wrote itself in a <see cref="WorkFolder"/>: hashed where it lies, then moved into place (the
    /// same disk), never copied.
    /// </summary>
    /// <returns>The SHA-256 and length of its bytes.</returns>
    public async Task<(string Sha256, long SizeBytes)> StoreFileAsync(string path, CancellationToken cancellationToken = default)
    {
        string sha256;
        long size;
        await using (var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan))
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
            size = content.Length;
        }

        new StagedFile(this, path, sha256, size).Keep();
        return (sha256, size);
    }

    /// <summary>Stores bytes already in memory (the content import); nothing happens when they are stored already.</summary>
    public async Task PutAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        await using var staged = await StageAsync(new MemoryStream(content, writable: false), content.LongLength, cancellationToken);
        staged!.Keep();
    }

    /// <summary>Moves a staged file into its place; the same bytes stored already are kept as they are.</summary>
    internal void Keep(StagedFile staged)
    {
        var target = PathOf(staged.Sha256);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        try
        {
            File.Move(staged.TemporaryPath, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Someone stored the same bytes first: theirs are identical, since the name is their hash.
            File.Delete(staged.TemporaryPath);
        }
    }
}

/// <summary>A file received and hashed, not yet in the store: <see cref="Keep"/> puts it there; disposing it otherwise throws it away.</summary>
public sealed class StagedFile(FileStore store, string temporaryPath, string sha256, long sizeBytes) : IAsyncDisposable
{
    private bool _kept;

    public string TemporaryPath { get; } = temporaryPath;

    public string Sha256 { get; } = sha256;

    public long SizeBytes { get; } = sizeBytes;

    /// <summary>Reads the first and last bytes, where a format is recognised, without reading the rest.</summary>
    public async Task<(byte[] Head, byte[] Tail)> EdgesAsync(int length, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(TemporaryPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
        var head = new byte[Math.Min(length, stream.Length)];
        await stream.ReadExactlyAsync(head, cancellationToken);
        var tail = new byte[Math.Min(length, stream.Length)];
        stream.Seek(-tail.Length, SeekOrigin.End);
        await stream.ReadExactlyAsync(tail, cancellationToken);
        return (head, tail);
    }

    public void Keep()
    {
        store.Keep(this);
        _kept = true;
    }

    public ValueTask DisposeAsync()
    {
        if (!_kept)
        {
            File.Delete(TemporaryPath);
        }

        return ValueTask.CompletedTask;
    }
}
