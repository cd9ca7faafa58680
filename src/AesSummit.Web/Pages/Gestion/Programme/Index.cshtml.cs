using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages.Gestion.Programme;

/// <summary>The sessions of one edition, to pick one to change.</summary>
public sealed class IndexModel(ProgrammeQueries programme, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "sommet")]
    public string? SummitSlug { get; set; }

    /// <summary>Words to find in a session's title or venue, accents and case ignored.</summary>
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "etat")]
    public SessionStatus? Status { get; set; }

    public IReadOnlyList<Summit> Summits { get; private set; } = [];

    /// <summary>The edition's sessions that match the search, in programme order (an edition holds tens of them: no paging).</summary>
    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];

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
        // Slugs fold accents and case the same way for the words and the sessions.
        string[] words = [.. (Query ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(10).Select(Slugs.From)];
        Sessions = View is null ? [] :
        [
            .. View.Phases.SelectMany(p => p.Days).SelectMany(d => d.Sessions)
                .Where(s => Status is null || s.Session.Status == Status)
                .Where(s => words.All(w => Slugs.From($"{s.Session.Title} {s.Session.Venue}").Contains(w, StringComparison.Ordinal))),
        ];
        return Page();
    }
}
