using AesSummit.Web.Features.Journal;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages.Journal;

/// <summary>One validated article with the Secretariat's stamp.</summary>
[PubliclyCached(CacheTags.Journal, CacheTags.Programme)]
public sealed class ArticleModel(ArticleQueries articles) : PageModel
{
    public Article Article { get; private set; } = null!;

    /// <summary>The languages the article can be read in; the page's own is missing when it shows the original instead.</summary>
    public IReadOnlyList<string> Languages { get; private set; } = [];

    /// <summary>The validated corrections, newest first.</summary>
    public IReadOnlyList<ArticleUpdate> Updates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await articles.BySlugAsync(slug, cancellationToken) is not { } versions)
        {
            return NotFound();
        }

        (Article, Languages) = (versions.Shown, versions.Languages);
        var article = Article;
        Updates = await articles.UpdatesAsync(article.Id, cancellationToken);
        return Page();
    }
}
