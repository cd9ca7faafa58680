using AesSummit.Web.Features.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages.Shared;

/// <summary>Base of the pages that show one summit with its programme as of now; 404 when there is none.</summary>
public abstract class ProgrammePageModel(ProgrammeQueries programme, TimeProvider clock) : PageModel
{
    public ProgrammeView View { get; private set; } = null!;

    /// <summary>The start each moved session had before its latest move, for search engines (schema.org <c>previousStartDate</c>).</summary>
    public IReadOnlyDictionary<int, DateTime> PreviousStarts { get; private set; } = new Dictionary<int, DateTime>();

    protected ProgrammeQueries Programme => programme;

    protected async Task<IActionResult> ShowAsync(Summit? summit, CancellationToken cancellationToken)
    {
        if (summit is null)
        {
            return NotFound();
        }

        View = ProgrammeView.Build(summit, clock.GetUtcNow());
        PreviousStarts = await programme.PreviousStartsAsync(summit, cancellationToken);
        return Page();
    }
}
