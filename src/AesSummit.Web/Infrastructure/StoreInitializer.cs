using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Infrastructure;

/// <summary>Brings the store up to date at start-up: migrations, WAL, and the content when the store is empty.</summary>
public static class StoreInitializer
{
    public static async Task MigrateStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        await db.Database.MigrateAsync(cancellationToken);

        // WAL lets visitors read while the Secretariat writes; the mode is kept in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await SearchIndex.RebuildAsync(db, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<AccountAdministration>().EnsureRolesAsync();
    }

    /// <returns>False when the content could not be imported: the error is logged and the app should not serve.</returns>
    public static async Task<bool> InitializeStoreAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await app.Services.MigrateStoreAsync(cancellationToken);

        var options = app.Services.GetRequiredService<IOptions<ContentOptions>>().Value;
        if (!options.ImportOnStartup)
        {
            return true;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        if (await db.Summits.AnyAsync(cancellationToken) || await db.Articles.AnyAsync(cancellationToken))
        {
            return true;
        }

        try
        {
            await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(cancellationToken: cancellationToken);
            return true;
        }
        catch (ContentImportException e)
        {
            app.Logger.LogCritical("The content could not be imported into the empty store, so the portal does not start: {Problem}", e.Message);
            return false;
        }
    }
}
