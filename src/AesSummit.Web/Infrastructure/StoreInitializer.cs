using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Search;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Infrastructure;

/// <summary>Brings the store up to date at start-up: migrations, WAL, and the content when the store is empty.</summary>
public static class StoreInitializer
{
    public static async Task MigrateStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var access = services.GetRequiredService<StoreAccess>();
        await using (var probe = services.CreateAsyncScope())
        {
            await access.DetectAsync(probe.ServiceProvider.GetRequiredService<SummitDbContext>(), cancellationToken);
        }

        // A fresh scope: an immutable store is opened with another connection string from here on.
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        if (access.IsReadOnly)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                throw new ReadOnlyStoreException($"The store is read-only and needs {pending.Count} migration(s) ({string.Join(", ", pending)}): make it writable and start again.");
            }

            // Up to date but not writable: serve the public site and nothing that writes.
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreInitializer))
                .LogWarning("The store is read-only: the public site is served; sign-in and the back-office answer the maintenance page");
            return;
        }

        if (db.Database.IsNpgsql())
        {
            // EF Core reads its history table before it makes it, and logs a fresh PostgreSQL database's missing table as
            // an error; the same table made first (EF's own definition) keeps the first start's log clean.
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE IF NOT EXISTS \"__EFMigrationsHistory\" (\"MigrationId\" character varying(150) NOT NULL PRIMARY KEY, \"ProductVersion\" character varying(32) NOT NULL);",
                cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        await TextFileContent.MoveToDiskAsync(db, services.GetRequiredService<FileStore>(), services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreInitializer)), cancellationToken);

        // WAL lets visitors read while the Secretariat writes; the mode is kept in the file.
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await SearchIndex.RebuildIfIncompleteAsync(db, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<AccountAdministration>().EnsureRolesAsync();
    }

    /// <returns>False when the content could not be imported: the error is logged and the app should not serve.</returns>
    public static async Task<bool> InitializeStoreAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        // Several instances starting together on one PostgreSQL take turns: one migrates and imports, the others find it done.
        await using var startup = await StartupLock.AcquireAsync(app.Services, cancellationToken);
        try
        {
            await app.Services.MigrateStoreAsync(cancellationToken);
        }
        catch (ReadOnlyStoreException e)
        {
            app.Logger.LogCritical("The portal does not start: {Problem}", e.Message);
            return false;
        }

        var options = app.Services.GetRequiredService<IOptions<ContentOptions>>().Value;
        if (!options.ImportOnStartup || app.Services.GetRequiredService<StoreAccess>().IsReadOnly)
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

/// <summary>The store cannot be written and cannot be served as it is.</summary>
public sealed class ReadOnlyStoreException(string message) : Exception(message);
