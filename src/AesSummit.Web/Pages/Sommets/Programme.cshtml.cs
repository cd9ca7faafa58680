using AesSummit.Web.Features.Programme;
using AesSummit.Web.Infrastructure.Caching;
using AesSummit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace AesSummit.Web.Pages.Sommets;

/// <summary>One edition's programme.</summary>
[PubliclyCached(CacheTags.Programme)]
public sealed class ProgrammeModel(ProgrammeQueries programme, TimeProvider clock) : ProgrammePageModel(programme, clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await ShowAsync(await Programme.WithProgrammeAsync(slug, cancellationToken), cancellationToken);
}
