using AesSummit.Web.Features.Programme;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages.Sommets;

/// <summary>Every edition of the summits, newest first.</summary>
[PubliclyCached(CacheTags.Programme)]
public sealed class IndexModel(ProgrammeQueries programme) : PageModel
{
    public IReadOnlyList<Summit> Summits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Summits = await programme.AllAsync(cancellationToken);
}
