using AesSummit.Web.Features.Texts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace AesSummit.Web.Pages.Textes;

/// <summary>Sends the exact bytes of a text's file (the current version, or a numbered one).</summary>
public sealed class DownloadModel(TextDownloads downloads, TextQueries texts, TextFileContent content) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, int? version, CancellationToken cancellationToken)
    {
        var target = await downloads.FindAsync(texts, slug, version, cancellationToken);
        if (target is null)
        {
            return NotFound();
        }

        if (target.IsWithdrawn)
        {
            // The text's page explains the withdrawal; its files are no longer offered.
            return StatusCode(StatusCodes.Status410Gone);
        }

        // The checksum names the bytes: a resumed or repeated download can be checked against it.
        var entityTag = new EntityTagHeaderValue($"\"{target.Sha256}\"");
        if (content.PathOf(target.Sha256) is { } path)
        {
            // From disk by the server itself: nothing of the file passes whole through the portal's memory.
            return new PhysicalFileResult(path, target.MediaType)
            {
                FileDownloadName = target.FileName,
                EntityTag = entityTag,
                EnableRangeProcessing = true,
            };
        }

        var stream = await content.OpenAsync(target.Sha256, cancellationToken);
        return stream is null
            ? NotFound()
            : new FileStreamResult(stream, target.MediaType)
            {
                FileDownloadName = target.FileName,
                EntityTag = entityTag,
                EnableRangeProcessing = true,
            };
    }
}
