using AesSummit.Web.Features.Content;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages;

/// <summary>The Confederation: its states, institutions and key dates.</summary>
[PubliclyCached(CacheTags.Pages)]
public sealed class ConfederationModel(PageQueries pages) : PageModel
{
    public ContentPage Presentation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await pages.BySlugAsync(PageQueries.Confederation, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        Presentation = page;
        return Page();
    }
}
