using AesSummit.Web.Features.Programme;
using AesSummit.Web.Infrastructure.Caching;
using AesSummit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace AesSummit.Web.Pages.Sommets;

/// <summary>One edition's programme.</summary>
[PubliclyCached(CacheTags.Programme)]
public sealed class ProgrammeModel(ProgrammeQueries programme, TimeProvider clock) : ProgrammePageModel(clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        Show(await programme.WithProgrammeAsync(slug, cancellationToken));
}
