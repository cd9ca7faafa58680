using AesSummit.Web.Features.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages.Shared;

/// <summary>Base of the pages that show one summit with its programme as of now; 404 when there is none.</summary>
public abstract class ProgrammePageModel(TimeProvider clock) : PageModel
{
    public ProgrammeView View { get; private set; } = null!;

    protected IActionResult Show(Summit? summit)
    {
        if (summit is null)
        {
            return NotFound();
        }

        View = ProgrammeView.Build(summit, clock.GetUtcNow());
        return Page();
    }
}
