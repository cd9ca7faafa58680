using AesSummit.Web.Features.Content;
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

    /// <summary>Fills the app's empty store with the <c>generate</c> command's fictitious years of content.</summary>
    public static async Task GenerateAsync(this SummitAppFactory factory, int summits, int articles, int texts)
    {
        _ = factory.Client();
        await using var scope = factory.Scope();
        await scope.ServiceProvider.GetRequiredService<StoreGenerator>().GenerateAsync(summits, articles, texts);
    }
}
