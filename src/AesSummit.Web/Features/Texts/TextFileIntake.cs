using System.Globalization;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Features.Texts;

/// <summary>
/// Takes in an uploaded file: checks its size and that its bytes are a PDF, hashes it while streaming it to disk (never
/// whole in memory), and stores it once.
/// </summary>
public sealed class TextFileIntake(SummitDbContext db, FileStore files, IOptions<TextsOptions> options)
{
    /// <summary>The largest file accepted, for the refusal that names it.</summary>
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    /// <returns>The accepted file, or the resource key of the reason it was refused (its one argument: the largest size accepted).</returns>
    public async Task<(UploadedFile? File, string? Refusal)> AcceptAsync(IFormFile? upload, CancellationToken cancellationToken = default)
    {
        var (received, refusal) = await files.StageUploadAsync(upload, MaxUploadBytes, cancellationToken);
        if (received is null)
        {
            return (null, refusal);
        }

        await using var staged = received;

        // The name and the declared type are the sender's claims; only the bytes decide.
        var (head, tail) = await staged.EdgesAsync(PdfFile.EdgeLength, cancellationToken);
        if (!PdfFile.LooksLikePdf(head, tail))
        {
            return (null, "Upload.NotPdf");
        }

        // Kept now, before the row that names it is saved: a row never names a missing file. Should the save fail, the
        // file stays unnamed on disk, where nothing serves it.
        staged.Keep();
        if (!await db.StoredFiles.AnyAsync(f => f.Sha256 == staged.Sha256, cancellationToken))
        {
            db.StoredFiles.Add(new StoredFile(staged.Sha256));
        }

        return (new UploadedFile(PlainName(upload!.FileName), PdfFile.MediaType, staged.SizeBytes, staged.Sha256), null);
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
