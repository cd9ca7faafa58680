using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure.Caching;
using AesSummit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace AesSummit.Web.Pages.Sommets;

/// <summary>One edition: its presentation, phases and adopted texts.</summary>
[PubliclyCached(CacheTags.Programme, CacheTags.Texts, CacheTags.Journal)]
public sealed class DetailsModel(ProgrammeQueries programme, TextQueries texts, TimeProvider clock) : ProgrammePageModel(programme, clock)
{
    public IReadOnlyList<OfficialText> Texts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Texts = await texts.ForSummitAsync(slug, cancellationToken);
        // The edition's page describes the summit alone (no sessions): no moved session to name.
        return await ShowAsync(await Programme.WithProgrammeAsync(slug, cancellationToken), cancellationToken, withPreviousStarts: false);
    }
}
