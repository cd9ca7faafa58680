using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Discovery;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Media;
using AesSummit.Web.Features.Notifications;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Search;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure.Caching;
using AesSummit.Web.Infrastructure.Files;
using AesSummit.Web.Infrastructure.Languages;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Serilog;

namespace AesSummit.Web.Infrastructure;

/// <summary>Start-up wiring of the portal's services; <c>Program.cs</c> calls these and nothing else.</summary>
public static class SummitServices
{
    public const string ConnectionStringName = "Summit";
    public const string DefaultConnectionString = "Data Source=data/summit.db";

    /// <summary>The health checks a load balancer's <c>/health/ready</c> runs: the store, and Redis when there is one.</summary>
    public const string ReadyTag = "ready";

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

        services.AddOptions<TextsOptions>()
            .BindConfiguration(TextsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The form reader takes as much as a request may send (RequestSizeLimit), no more.
        services.AddOptions<FormOptions>().Configure<IOptions<TextsOptions>, IOptions<ImagesOptions>>((form, texts, images) =>
            form.MultipartBodyLengthLimit = RequestSizeLimit.MaxRequestBytes(texts.Value, images.Value));
        services.AddSummitMedia();

        services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<WorkflowNotifications>();
        services.AddHostedService<MailSender>();

        services.AddOptions<FilesOptions>()
            .BindConfiguration(FilesOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<FileStore>();
        services.AddScoped<TextFileContent>();

        services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .ValidateDataAnnotations()
            .Validate<IHostEnvironment>(
                (site, environment) => !string.IsNullOrEmpty(site.PublicUrl) || SiteOptions.MayGoWithoutPublicUrl(environment),
                "Site:PublicUrl is required outside Development: set it to the portal's public address (https://sommets.example.org), so that links never take the host a visitor sent.")
            .ValidateOnStart();

        // Behind a reverse proxy, only the configured proxies (loopback by default) may say who the visitor is and by which scheme.
        services.AddOptions<ProxyOptions>()
            .BindConfiguration(ProxyOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IConfigureOptions<ForwardedHeadersOptions>, ProxyOptions.Apply>();
        services.AddOptions<HttpsOptions>()
            .BindConfiguration(HttpsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<HttpsOptions>>((redirection, https) =>
        {
            if (https.Value.Port is { } port)
            {
                redirection.HttpsPort = port;
            }
        });

        // Without an explicit AllowedHosts, only the public address's host is answered; elsewhere (Development, tests) any host.
        services.AddOptions<HostFilteringOptions>().Configure<IOptions<SiteOptions>, IConfiguration>((hosts, site, configuration) =>
        {
            var configured = configuration["AllowedHosts"];
            if ((string.IsNullOrEmpty(configured) || configured == "*") && Uri.TryCreate(site.Value.PublicUrl, UriKind.Absolute, out var publicUrl))
            {
                hosts.AllowedHosts = [publicUrl.Host];
            }
        });

        services.AddSingleton(TimeProvider.System);

        // Configuration is read when the context is made, not now, so that tests can point it elsewhere. The provider too:
        // SQLite's context, or PostgreSQL's (a type of its own, for its own migrations), behind the one SummitDbContext.
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped(sp => sp.GetRequiredService<IOptions<StoreOptions>>().Value.Provider == StoreProvider.PostgreSql
            ? sp.GetRequiredService<PostgreSqlSummitDbContext>()
            : ActivatorUtilities.CreateInstance<SummitDbContext>(sp, sp.GetRequiredService<DbContextOptions<SummitDbContext>>()));
        services.AddDbContext<SummitDbContext>((sp, options) =>
            options.UseSqlite(SqliteConnectionString(sp), o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)).AddInterceptors(new EvictOnCommitInterceptor()));
        services.AddDbContext<PostgreSqlSummitDbContext>((sp, options) =>
            options.UseNpgsql(sp.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName), o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                .AddInterceptors(new EvictOnCommitInterceptor()));
        services.AddSummitKeys(builder.Configuration);

        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentReader>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<StoreGenerator>();
        services.AddOptions<Backup.BackupOptions>().BindConfiguration(Backup.BackupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Backup.StoreBackup>();
        services.AddScoped<ProgrammeQueries>();
        services.AddScoped<ArticleQueries>();
        services.AddScoped<TextQueries>();
        services.AddScoped<PageQueries>();
        services.AddScoped<TextFileIntake>();
        services.AddScoped<SearchQueries>();

        // The languages are configuration; the UI's strings are files read at start-up; the culture comes from the address alone.
        services.AddOptions<LanguageOptions>().BindConfiguration(LanguageOptions.Section);
        services.AddSingleton<PortalLanguages>();
        services.AddLocalization();
        services.AddSingleton<ResourceFileLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(sp => sp.GetRequiredService<ResourceFileLocalizerFactory>()));
        services.AddOptions<RequestLocalizationOptions>().Configure<PortalLanguages>((o, languages) =>
        {
            o.DefaultRequestCulture = new RequestCulture(languages.Cultures[0]);
            o.SupportedCultures = [.. languages.Cultures];
            o.SupportedUICultures = [.. languages.Cultures];
            o.RequestCultureProviders = [LanguagePrefix.CultureProvider(languages)];
        });

        services.AddSummitAccounts();
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Gestion", Policies.Staff);
                o.Conventions.AuthorizeFolder("/Gestion/Comptes", Policies.ManageAccounts);
                o.Conventions.AuthorizeFolder("/Compte", Policies.Staff);
                o.Conventions.AllowAnonymousToPage("/Compte/Connexion");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            // The pages run no script: client-side validation's data-val-* attributes would only carry ASP.NET's English
            // messages ("The Version field is required.") into the HTML. The server validates, in French.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        services.AddSingleton<IConfigureOptions<MvcOptions>, FrenchBindingMessages>();
        services.AddSingleton<StoreAccess>();
        services.AddSingleton<RedisHealthCheck>();
        services.AddHealthChecks()
            .AddDbContextCheck<SummitDbContext>("store", tags: [ReadyTag])
            .AddCheck<StoreWritableHealthCheck>("store-writable")
            .AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag]);
        services.AddSummitTransport(builder);
        services.AddSummitCaching(builder.Configuration);
        return builder;
    }

    /// <summary>The public site's output cache: one policy, tags by what an answer shows, eviction on every committed change.</summary>
    private static void AddSummitCaching(this IServiceCollection services, ConfigurationManager configuration)
    {
        services.AddOptions<CachingOptions>().BindConfiguration(CachingOptions.Section);
        services.AddSingleton<PublicMoments>();
        services.AddSingleton<PublicCacheEviction>();
        services.AddSingleton<TextDownloads>();
        services.AddSingleton<PublicCachePolicy>();
        services.AddSingleton<HotAnswers>();
        services.AddOutputCache(options =>
        {
            // Bounded, whatever the traffic: a page is a few kilobytes; larger archives of texts are not kept.
            options.SizeLimit = 64 * 1024 * 1024;
            options.MaximumBodySize = 16 * 1024 * 1024;
        });

        // With Redis configured, every instance shares one cache, so an eviction by tag on one is seen by all. Read from the
        // configuration the host starts with (environment, files), as a deployment sets it. After AddOutputCache, whose memory
        // store would otherwise be the one resolved.
        if (configuration[RedisOptions.ConfigurationKey] is { Length: > 0 } redis)
        {
            services.RemoveAll<IOutputCacheStore>();
            services.AddStackExchangeRedisOutputCache(o =>
            {
                o.Configuration = redis;
                o.InstanceName = "aes-summit:";
            });
        }
    }

    /// <summary>Compression of what the app writes (HTML, feeds, JSON, calendars), HSTS, and no Server header.</summary>
    private static void AddSummitTransport(this IServiceCollection services, WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.AddResponseCompression(o =>
        {
            // Pages carry no secret that an attacker could guess byte by byte (antiforgery tokens change on every render), so HTTPS is compressed too.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/rss+xml", "application/atom+xml", "text/calendar", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
    }

    /// <summary>Identity on the portal's store: no default account, lockout, strict cookies, French errors.</summary>
    private static void AddSummitAccounts(this IServiceCollection services)
    {
        services.AddIdentity<PortalUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                // Length over composition: twelve characters, and the common-password check below.
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 5;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<SummitDbContext>()
            .AddErrorDescriber<FrenchIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = AccountCookies.Session;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/compte/connexion";
            o.LogoutPath = "/compte/deconnexion";
            o.AccessDeniedPath = "/erreur/403";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;

            // A signed-in account without the right gets a plain 403 (and the French error page), not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // A disabled account or a role change takes effect within a minute, not at the cookie's expiry.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AccountCookies.Antiforgery;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.All))
            .AddPolicy(Policies.Write, p => p.RequireRole(Roles.Writer))
            .AddPolicy(Policies.Validate, p => p.RequireRole(Roles.PermanentSecretariat))
            .AddPolicy(Policies.ManageAccounts, p => p.RequireRole(Roles.Administrator));
        services.AddScoped<AccountAdministration>();
        services.AddScoped<SignInGate>();
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
            if (services.GetRequiredService<StoreAccess>().IsImmutable)
            {
                return StoreAccess.ImmutableConnectionString(connection.DataSource);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(connection.DataSource)!);
        }

        return connection.ToString();
    }
}
