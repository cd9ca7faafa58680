using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace AesSummit.Web.Pages.Textes;

/// <summary>Sends the exact bytes of a text's file (the current version, or a numbered one).</summary>
public sealed class DownloadModel(TextQueries texts) : PageModel
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

        var content = await texts.ContentAsync(file.Sha256, cancellationToken);
        if (content is null)
        {
            return NotFound();
        }

        // The checksum names the bytes: a resumed or repeated download can be checked against it.
        return new FileContentResult(content, file.MediaType)
        {
            FileDownloadName = text.DownloadFileName(file),
            EntityTag = new EntityTagHeaderValue($"\"{file.Sha256}\""),
            EnableRangeProcessing = true,
        };
    }
}
