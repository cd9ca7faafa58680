using AesSummit.Web.Features.Media;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages.Mediatheque;

/// <summary>The press photo library: the published images by summit, their originals and a ZIP per summit.</summary>
[PubliclyCached(CacheTags.Journal, CacheTags.Programme)]
public sealed class IndexModel(PressLibrary library) : PageModel
{
    public IReadOnlyList<PressSummit> Summits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Summits = await library.BySummitAsync(cancellationToken);
}
