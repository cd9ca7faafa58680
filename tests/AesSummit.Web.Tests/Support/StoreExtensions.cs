using AesSummit.Web.Features.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Support;

/// <summary>Arranging the store of a running test app.</summary>
public static class StoreExtensions
{
    public static async Task AddArticlesAsync(this SummitAppFactory factory, params Article[] articles)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AesSummit.Web.Infrastructure.SummitDbContext>();
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync();
    }
}
