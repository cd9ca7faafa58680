using AesSummit.Web.Features.Programme;
using AesSummit.Web.Infrastructure.Caching;
using AesSummit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace AesSummit.Web.Pages.Programme;

/// <summary>The featured summit's programme.</summary>
[PubliclyCached(CacheTags.Programme)]
public sealed class IndexModel(ProgrammeQueries programme, TimeProvider clock) : ProgrammePageModel(programme, clock)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ShowAsync(await Programme.FeaturedAsync(cancellationToken), cancellationToken);
}
