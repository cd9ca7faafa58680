using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages.Textes;

/// <summary>The official texts, grouped by kind.</summary>
[PubliclyCached(CacheTags.Texts, CacheTags.Programme)]
public sealed class IndexModel(TextQueries texts) : PageModel
{
    public IReadOnlyList<IGrouping<TextKind, OfficialText>> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Groups = (await texts.AllAsync(cancellationToken)).GroupBy(t => t.Kind).ToList();
}
