using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AesSummit.Web.Tests.Support;

/// <summary>
/// The portal in memory, on its own temporary SQLite file (or, when <c>AES_TEST_STORE=PostgreSql</c>, its own database on the
/// PostgreSQL that <c>AES_TEST_POSTGRES</c> names), content folder and fixed clock.
/// </summary>
public sealed class SummitAppFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();

    public SummitAppFactory(string? contentPath = null, DateTimeOffset? now = null, bool importOnStartup = true, IReadOnlyDictionary<string, string>? settings = null, string environment = "Testing")
    {
        Environment = environment;
        ContentPath = contentPath ?? TempFolder.TestContentPath;
        Clock = TestClock.At(now ?? TestClock.DuringMinisters);
        ImportOnStartup = importOnStartup;
        Settings = settings ?? new Dictionary<string, string>();
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>The host environment: "Testing", or "Production" for the tests of what a real deployment requires.</summary>
    public string Environment { get; }

    public string ContentPath { get; }

    public bool ImportOnStartup { get; }

    /// <summary>Further configuration (<c>Texts:MaxUploadBytes</c>…), applied over the app's own.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public string DatabasePath => _folder.File("summit.db");

    /// <summary>The PostgreSQL server the store-dependent tests run on a second time (scripts/test.sh starts it), or null for SQLite.</summary>
    public static string? PostgreSqlServer =>
        System.Environment.GetEnvironmentVariable("AES_TEST_STORE") == "PostgreSql" ? System.Environment.GetEnvironmentVariable("AES_TEST_POSTGRES") : null;

    /// <summary>This factory's own database on <see cref="PostgreSqlServer"/>, dropped with the factory.</summary>
    private readonly string _postgresDatabase = $"aes_test_{Guid.NewGuid():N}";

    public TempFolder Folder => _folder;

    /// <summary>Where this factory's store is, known before the app starts (a restore goes there first).</summary>
    public AesSummit.Web.Infrastructure.Backup.StoreLocation Store => PostgreSqlServer is { } server
        ? new(StoreProvider.PostgreSql, $"{server};Database={_postgresDatabase}", _folder.File("files"))
        : new(StoreProvider.Sqlite, $"Data Source={DatabasePath}", _folder.File("files"));

    /// <summary>Starts the app on Kestrel, on a free local port, for a real browser; returns its address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        ClientOptions.BaseAddress = address;
        return address;
    }

    /// <summary>A fresh scope on the app's services, to arrange or inspect the store.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async Task<T> InStoreAsync<T>(Func<SummitDbContext, Task<T>> query)
    {
        await using var scope = Scope();
        return await query(scope.ServiceProvider.GetRequiredService<SummitDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // Outside Development the host does not read the build's static web assets manifest, and the fingerprinted,
        // precompressed stylesheet would be answered without a file behind it; the published app has no such gap.
        builder.UseStaticWebAssets();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Summit"] = $"Data Source={DatabasePath}",
            ["Content:Path"] = ContentPath,
            ["Files:Path"] = _folder.File("files"),
            ["Content:ImportOnStartup"] = ImportOnStartup ? "true" : "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:WriteTo:File:Args:path"] = _folder.File("logs/portal-.json"),
        };
        if (PostgreSqlServer is { } server)
        {
            settings["Store:Provider"] = "PostgreSql";
            settings["ConnectionStrings:Summit"] = $"{server};Database={_postgresDatabase}";
        }

        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        // As the app's own configuration, above appsettings.json. Not UseSetting: under minimal hosting its keys also appear
        // with empty parents ("Serilog:WriteTo:File" = ""), which Serilog reads as a sink without a name, and drops the file log.
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            _folder.Dispose();
            if (PostgreSqlServer is { } server)
            {
                DropPostgreSqlDatabase(server);
            }
        }
    }

    private void DropPostgreSqlDatabase(string server)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        using var connection = new Npgsql.NpgsqlConnection($"{server};Database=postgres;Pooling=false");
        connection.Open();
        using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
