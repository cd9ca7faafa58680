using System.IO.Compression;
using System.Text;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Caching;

namespace AesSummit.Web.Features.Texts;

/// <summary><c>/sommets/{slug}/textes.zip</c>: a summit's published texts in one ZIP, streamed, with a <c>SHA256SUMS</c> file that <c>sha256sum -c</c> accepts.</summary>
public static class TextArchive
{
    public const string ChecksumFileName = "SHA256SUMS";

    public static IEndpointRouteBuilder MapTextArchive(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPublicGet("/sommets/{slug}/textes.zip", WriteAsync)
            .CachePublicly(CacheTags.Texts, CacheTags.Programme);
        return endpoints;
    }

    public static string Path(string summitSlug) => $"/sommets/{summitSlug}/textes.zip";

    private static async Task<IResult> WriteAsync(HttpContext context, TextQueries texts, TextFileContent files, ILoggerFactory loggers, string slug)
    {
        var cancellationToken = context.RequestAborted;
        var summitTexts = await texts.ForSummitAsync(slug, cancellationToken);
        var entries = EntryNames(summitTexts);
        if (entries.Count == 0)
        {
            return Results.NotFound();
        }

        context.Response.ContentType = "application/zip";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"textes-{slug}.zip\"";

        // Sent entry by entry: the archive is never held whole in memory.
        await using var output = new BufferedResponseStream(context.Response.Body);
        await using (var archive = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, cancellationToken))
        {
            var sums = new StringBuilder();
            foreach (var (name, file) in entries)
            {
                await using var content = await files.OpenAsync(file.Sha256, cancellationToken)
                    ?? throw new InvalidOperationException($"The stored bytes of {file.Sha256} are missing.");
                var entry = archive.CreateEntry(name, CompressionLevel.NoCompression);
                entry.LastWriteTime = file.AddedAtUtc;
                await using (var stream = await entry.OpenAsync(cancellationToken))
                {
                    // A block at a time, each sent before the next is read: the archive's memory stays one block.
                    var buffer = new byte[81920];
                    int read;
                    while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                    {
                        await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                        await output.DrainAsync(cancellationToken);
                    }
                }

                await output.DrainAsync(cancellationToken);

                // Two spaces: sha256sum's text-mode separator.
                sums.Append(file.Sha256).Append("  ").Append(name).Append('\n');
            }

            var sumsEntry = archive.CreateEntry(ChecksumFileName, CompressionLevel.Optimal);
            sumsEntry.LastWriteTime = entries.Max(e => e.File.AddedAtUtc);
            await using (var stream = await sumsEntry.OpenAsync(cancellationToken))
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(sums.ToString()), cancellationToken);
            }
        }

        await output.DrainAsync(cancellationToken);

        loggers.CreateLogger(typeof(TextArchive)).LogInformation("Archive of {Count} texts of {Summit} sent", entries.Count, slug);
        return Results.Empty;
    }

    /// <summary>Each text's current file under its download name, made unique should two references sanitise alike.</summary>
    private static List<(string Name, TextFileVersion File)> EntryNames(IEnumerable<OfficialText> summitTexts)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<(string, TextFileVersion)>();
        foreach (var text in summitTexts)
        {
            if (text.CurrentFile is not { } file)
            {
                continue;
            }

            var name = text.DownloadFileName(file);
            if (!used.Add(name))
            {
                name = $"{System.IO.Path.GetFileNameWithoutExtension(name)}-{text.Slug}.pdf";
                used.Add(name);
            }

            entries.Add((name, file));
        }

        return entries;
    }
}
