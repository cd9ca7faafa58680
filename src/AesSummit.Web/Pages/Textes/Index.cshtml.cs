using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages.Textes;

/// <summary>The official texts, grouped by kind, a page at a time.</summary>
[PubliclyCached(CacheTags.Texts, CacheTags.Programme)]
public sealed class IndexModel(TextQueries texts) : PageModel
{
    public const int PageSize = 25;

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public TextPage Texts { get; private set; } = null!;

    public IReadOnlyList<IGrouping<TextKind, OfficialText>> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Texts = await texts.PageAsync(PageNumber, PageSize, cancellationToken);
        Groups = Texts.Items.GroupBy(t => t.Kind).ToList();
    }

    public static string PageUrl(int page) => page > 1 ? $"/textes?page={page}" : "/textes";
}
