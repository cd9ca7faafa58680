using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages;

/// <summary>Home: the featured summit, the Confederation in brief, the latest news and texts.</summary>
[PubliclyCached(CacheTags.Journal, CacheTags.Texts, CacheTags.Programme, CacheTags.Pages)]
public sealed class IndexModel(ProgrammeQueries programme, ArticleQueries articles, TextQueries texts, PageQueries pages, TimeProvider clock) : PageModel
{
    public ProgrammeView? Featured { get; private set; }

    public string? ConfederationSummary { get; private set; }

    /// <summary>The language of <see cref="ConfederationSummary"/>: the page's, or its original's when it has no version in it yet.</summary>
    public string? ConfederationLanguage { get; private set; }

    public IReadOnlyList<ArticleSummary> LatestArticles { get; private set; } = [];

    public IReadOnlyList<OfficialText> LatestTexts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var summit = await programme.FeaturedAsync(cancellationToken);
        Featured = summit is null ? null : ProgrammeView.Build(summit, clock.GetUtcNow());
        var confederation = await pages.BySlugAsync(PageQueries.Confederation, cancellationToken);
        (ConfederationSummary, ConfederationLanguage) = (confederation?.Summary, confederation?.Language);
        LatestArticles = await articles.LatestAsync(3, cancellationToken);
        LatestTexts = await texts.LatestAsync(3, cancellationToken);
    }
}
