using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages.Journal;

/// <summary>The Journal du Sommet: validated articles, newest first, by page and by pillar.</summary>
[PubliclyCached(CacheTags.Journal, CacheTags.Programme)]
public sealed class IndexModel(ArticleQueries articles) : PageModel
{
    public const int PageSize = 10;

    /// <summary>The pillar filter as written in the URL (<c>?pilier=diplomatie</c>).</summary>
    [FromQuery(Name = "pilier")]
    public string? PillarSlug { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Pillar? Pillar { get; private set; }

    public ArticlePage Articles { get; private set; } = null!;

    /// <summary>How many articles exist only in their original language so far (none on the original's own pages).</summary>
    public int Untranslated { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(PillarSlug))
        {
            if (!EnumSlugs<Pillar>.TryParse(PillarSlug, out var pillar))
            {
                return NotFound();
            }

            Pillar = pillar;
        }

        Articles = await articles.PageAsync(Pillar, PageNumber, PageSize, cancellationToken);
        Untranslated = await articles.UntranslatedCountAsync(cancellationToken);
        return Page();
    }

    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (Pillar is { } pillar)
        {
            query.Add($"pilier={EnumSlugs<Pillar>.ToSlug(pillar)}");
        }

        if (page > 1)
        {
            query.Add($"page={page}");
        }

        return query.Count == 0 ? "/journal" : $"/journal?{string.Join("&", query)}";
    }
}
