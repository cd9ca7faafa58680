using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages.Textes;

/// <summary>One official text: its metadata, checksum and file versions.</summary>
[PubliclyCached(CacheTags.Texts, CacheTags.Programme)]
public sealed class DetailsModel(TextQueries texts) : PageModel
{
    public OfficialText Text { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var text = await texts.BySlugAsync(slug, cancellationToken);
        if (text is null)
        {
            return NotFound();
        }

        Text = text;
        return Page();
    }
}
