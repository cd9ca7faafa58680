using System.Globalization;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using Microsoft.AspNetCore.Localization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace AesSummit.Web.Infrastructure;

/// <summary>Start-up wiring of the portal's services; <c>Program.cs</c> calls these and nothing else.</summary>
public static class SummitServices
{
    public const string ConnectionStringName = "Summit";
    public const string DefaultConnectionString = "Data Source=data/summit.db";

    public static readonly CultureInfo[] SupportedCultures = [new("fr")];

    public static WebApplicationBuilder AddSummitPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddSerilog((sp, logger) => logger
            .ReadFrom.Configuration(sp.GetRequiredService<IConfiguration>())
            .ReadFrom.Services(sp)
            .Enrich.FromLogContext());

        services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);

        // Configuration is read when the context is made, not now, so that tests can point it elsewhere.
        services.AddDbContext<SummitDbContext>((sp, options) =>
            options.UseSqlite(SqliteConnectionString(sp)));

        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentReader>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<ProgrammeQueries>();
        services.AddScoped<ArticleQueries>();
        services.AddScoped<TextQueries>();
        services.AddScoped<PageQueries>();

        // No ResourcesPath: Resources/SharedResource.resx sits beside its marker class, so MSBuild names it after that class.
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
        });

        services.AddRazorPages(o => o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute()))
            .AddViewLocalization();
        services.AddHealthChecks().AddDbContextCheck<SummitDbContext>("store");
        return builder;
    }

    /// <summary>The configured SQLite connection, its file made absolute (relative to the content root) and its folder created.</summary>
    private static string SqliteConnectionString(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var environment = services.GetRequiredService<IHostEnvironment>();
        var connection = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString);
        if (connection.DataSource != ":memory:" && !connection.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            connection.DataSource = Path.GetFullPath(connection.DataSource, environment.ContentRootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(connection.DataSource)!);
        }

        return connection.ToString();
    }
}
