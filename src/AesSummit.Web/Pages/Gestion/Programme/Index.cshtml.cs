using AesSummit.Web.Features.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages.Gestion.Programme;

/// <summary>The sessions of one edition, to pick one to change.</summary>
public sealed class IndexModel(ProgrammeQueries programme, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "sommet")]
    public string? SummitSlug { get; set; }

    public IReadOnlyList<Summit> Summits { get; private set; } = [];

    public ProgrammeView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Summits = await programme.AllAsync();
        var summit = SummitSlug is null ? await programme.FeaturedAsync() : await programme.WithProgrammeAsync(SummitSlug);
        if (summit is null && SummitSlug is not null)
        {
            return NotFound();
        }

        View = summit is null ? null : ProgrammeView.Build(summit, clock.GetUtcNow());
        return Page();
    }
}
