using AesSummit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Features.Content;

/// <summary>Reads editorial pages.</summary>
public sealed class PageQueries(SummitDbContext db)
{
    public const string Confederation = "confederation";

    public Task<ContentPage?> BySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.ContentPages.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
}
