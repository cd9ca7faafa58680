using AesSummit.Web.Features.Search;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages;

/// <summary>Full-text search over the published articles and texts.</summary>
[PubliclyCached(CacheTags.Journal, CacheTags.Texts)]
public sealed class RechercheModel(SearchQueries search) : PageModel
{
    public const int PageSize = 10;

    public const int MaxQueryLength = 200;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Null until a search was made.</summary>
    public SearchPage? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || PageNumber < 1)
        {
            return BadRequest();
        }

        if (Query is { Length: > MaxQueryLength })
        {
            Query = Query[..MaxQueryLength];
        }

        var expression = SearchQueries.MatchExpression(Query);
        if (expression is null)
        {
            return Page();
        }

        Results = await search.SearchAsync(expression, PageNumber, PageSize, cancellationToken);
        return PageNumber > Results.PageCount ? NotFound() : Page();
    }

    public string PageUrl(int page) =>
        $"/recherche?q={Uri.EscapeDataString(Query ?? string.Empty)}" + (page > 1 ? $"&page={page}" : string.Empty);
}
