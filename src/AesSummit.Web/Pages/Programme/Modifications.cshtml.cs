using AesSummit.Web.Features.Programme;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Pages.Programme;

/// <summary>Every change to the featured summit's published programme, newest first: how visitors learn of a reshuffle.</summary>
[PubliclyCached(CacheTags.Programme)]
public sealed class ModificationsModel(ProgrammeQueries programme, SummitDbContext db) : PageModel
{
    public Summit Summit { get; private set; } = null!;

    public IReadOnlyList<ProgrammeChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var summit = await programme.FeaturedAsync(cancellationToken);
        if (summit is null)
        {
            return NotFound();
        }

        Summit = summit;
        var sessionIds = summit.AllSessions().Select(s => s.Id).ToList();
        Changes = await db.ProgrammeChanges.AsNoTracking().Include(c => c.Session)
            .Where(c => sessionIds.Contains(c.SessionId))
            .OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
