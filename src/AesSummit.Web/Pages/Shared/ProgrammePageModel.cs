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

    /// <param name="withPreviousStarts">Whether the page describes the sessions for search engines, and so names moved ones' previous starts.</param>
    protected async Task<IActionResult> ShowAsync(Summit? summit, CancellationToken cancellationToken, bool withPreviousStarts = true)
    {
        if (summit is null)
        {
            return NotFound();
        }

        View = ProgrammeView.Build(summit, clock.GetUtcNow());
        if (withPreviousStarts)
        {
            PreviousStarts = await programme.PreviousStartsAsync(summit, cancellationToken);
        }

        return Page();
    }
}
