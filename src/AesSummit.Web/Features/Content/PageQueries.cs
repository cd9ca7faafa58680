using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Languages;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Features.Content;

/// <summary>Reads editorial pages, in the request's language, or else in their original (the page says so).</summary>
public sealed class PageQueries(SummitDbContext db, PortalLanguages languages)
{
    public const string Confederation = "confederation";

    public async Task<ContentPage?> BySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var language = languages.Current;
        var versions = await db.ContentPages.AsNoTracking()
            .Where(p => p.Slug == slug && (p.Language == language || p.Language == ContentLanguage.Original))
            .ToListAsync(cancellationToken);
        return versions.Find(p => p.Language == language) ?? versions.Find(p => p.Language == ContentLanguage.Original);
    }
}
