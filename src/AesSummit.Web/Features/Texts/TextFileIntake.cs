using System.Globalization;
using System.Security.Cryptography;
using AesSummit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Features.Texts;

/// <summary>Takes in an uploaded file: checks its size and that its bytes are a PDF, hashes it, and stores it once.</summary>
public sealed class TextFileIntake(SummitDbContext db, IOptions<TextsOptions> options)
{
    /// <summary>The largest file accepted, for the refusal that names it.</summary>
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    /// <returns>The accepted file, or the resource key of the reason it was refused (its one argument: the largest size accepted).</returns>
    public async Task<(UploadedFile? File, string? Refusal)> AcceptAsync(IFormFile? upload, CancellationToken cancellationToken = default)
    {
        if (upload is null || upload.Length == 0)
        {
            return (null, "Upload.Missing");
        }

        if (upload.Length > options.Value.MaxUploadBytes)
        {
            return (null, "Upload.TooLarge");
        }

        await using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();

        // The name and the declared type are the sender's claims; only the bytes decide.
        if (!PdfFile.LooksLikePdf(content))
        {
            return (null, "Upload.NotPdf");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        if (!await db.StoredFiles.AnyAsync(f => f.Sha256 == sha256, cancellationToken))
        {
            db.StoredFiles.Add(new StoredFile(sha256, content));
        }

        return (new UploadedFile(PlainName(upload.FileName), PdfFile.MediaType, content.LongLength, sha256), null);
    }

    /// <summary>The sender's file name, kept for the record only: its last segment, without control characters, never a dot segment, 200 characters at most.</summary>
    public static string PlainName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        // Control and format characters are dropped: a right-to-left override can make a name ending in ".exe" read as one ending in ".pdf".
        name = new string(name.Where(c => !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format).ToArray()).Trim();
        if (string.IsNullOrEmpty(name) || name.All(c => c == '.'))
        {
            return "document.pdf";
        }

        // At most 200 characters, never cutting a surrogate pair in two.
        var length = Math.Min(name.Length, 200);
        return char.IsHighSurrogate(name[length - 1]) ? name[..(length - 1)] : name[..length];
    }
}
