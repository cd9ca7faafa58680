using Microsoft.AspNetCore.DataProtection;

namespace AesSummit.Web.Infrastructure;

/// <summary>Where the keys that seal cookies and antiforgery tokens live.</summary>
public static class DataProtectionKeys
{
    /// <summary>
    /// On PostgreSQL, in the store, so that a sign-in, a cookie or an antiforgery token made by one instance is read by every
    /// other; on SQLite (one process) where ASP.NET Core keeps them by default. The provider is read from the configuration
    /// the host starts with, as a deployment sets it.
    /// </summary>
    public static IServiceCollection AddSummitKeys(this IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection().SetApplicationName("aes-summit");
        if (configuration.GetValue<StoreProvider>($"{StoreOptions.Section}:{nameof(StoreOptions.Provider)}") == StoreProvider.PostgreSql)
        {
            protection.PersistKeysToDbContext<SummitDbContext>();
        }

        return services;
    }
}
