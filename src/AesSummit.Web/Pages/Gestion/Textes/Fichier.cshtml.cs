using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace AesSummit.Web.Pages.Gestion.Textes;

/// <summary>
/// Any file of a text, for staff only, whatever its state (a submitted text's, a proposed replacement): the Secretariat opens
/// exactly what it validates, before the public may. Never cached, opened in the browser rather than saved.
/// </summary>
public sealed class FichierModel(SummitDbContext db, TextFileContent content) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string sha256, CancellationToken cancellationToken)
    {
        var text = await db.OfficialTexts.AsNoTracking().Include(t => t.Files).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        var file = text?.Files.Find(f => f.Sha256 == sha256);
        // A draft is its author's alone until it is submitted.
        if (text is null || file is null || (text.Status == PublicationStatus.Draft && text.AuthorId != Actor.From(User).UserId))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store, private";
        // A writer's upload opened in the Secretariat's browser, on the portal's origin: in a sandbox, nothing in it runs as the portal.
        HttpContext.Items[SecurityHeaders.SandboxKey] = true;
        var stream = await content.OpenAsync(file.Sha256, cancellationToken);
        if (stream is null)
        {
            return NotFound();
        }

        // Inline: the browser's PDF viewer opens it; the name still says which text and which file it is.
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline")
        {
            FileNameStar = file.IsPending ? $"{Path.GetFileNameWithoutExtension(text.DownloadFileName(file))}-propose.pdf" : text.DownloadFileName(file),
        }.ToString();
        return new FileStreamResult(stream, file.MediaType)
        {
            EntityTag = new EntityTagHeaderValue($"\"{file.Sha256}\""),
            EnableRangeProcessing = true,
        };
    }
}
