using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace AesSummit.Web.Pages.Textes;

/// <summary>Sends the exact bytes of a text's file (the current version, or a numbered one).</summary>
public sealed class DownloadModel(TextQueries texts, TextFileContent content) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, int? version, CancellationToken cancellationToken)
    {
        var text = await texts.BySlugAsync(slug, cancellationToken);
        var file = version is null ? text?.CurrentFile : text?.PublishedFiles.FirstOrDefault(f => f.Number == version);
        if (text is null || file is null)
        {
            return NotFound();
        }

        if (text.Status == PublicationStatus.Withdrawn)
        {
            // The text's page explains the withdrawal; its files are no longer offered.
            return StatusCode(StatusCodes.Status410Gone);
        }

        // The checksum names the bytes: a resumed or repeated download can be checked against it.
        var entityTag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
        if (content.PathOf(file.Sha256) is { } path)
        {
            // From disk by the server itself (sendfile): nothing of the file passes through the portal's memory.
            return new PhysicalFileResult(path, file.MediaType)
            {
                FileDownloadName = text.DownloadFileName(file),
                EntityTag = entityTag,
                EnableRangeProcessing = true,
            };
        }

        var stream = await content.OpenAsync(file.Sha256, cancellationToken);
        return stream is null
            ? NotFound()
            : new FileStreamResult(stream, file.MediaType)
            {
                FileDownloadName = text.DownloadFileName(file),
                EntityTag = entityTag,
                EnableRangeProcessing = true,
            };
    }
}
