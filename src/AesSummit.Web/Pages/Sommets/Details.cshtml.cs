using AesSummit.Web.Features.Programme;
using AesSummit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace AesSummit.Web.Pages.Sommets;

/// <summary>One edition: its presentation and phases.</summary>
public sealed class DetailsModel(ProgrammeQueries programme, TimeProvider clock) : ProgrammePageModel(clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        Show(await programme.WithProgrammeAsync(slug, cancellationToken));
}
