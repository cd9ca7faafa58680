using AesSummit.Web.Features.Discovery;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Media;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure.Caching;
using AesSummit.Web.Infrastructure.Languages;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;

namespace AesSummit.Web.Infrastructure;

/// <summary>The portal's HTTP pipeline.</summary>
public static class SummitPipeline
{
    public static WebApplication UseSummitPortal(this WebApplication app)
    {
        // First: everything after it (HSTS, secure cookies, canonical links, the request log) sees the visitor's scheme and address.
        app.UseForwardedHeaders();

        // Then the ready copies of the public answers the output cache holds: a repeat hit costs a lookup and a write. It is
        // not in the request log (at summit time, tens of thousands a second); what reaches the output cache still is.
        app.UseHotAnswers();

        // The language prefix next (/en/…), so that error pages, the request log and everything else run in the page's language.
        app.UseLanguagePrefix();
        app.UseSecurityHeaders();
        if (app.Services.GetRequiredService<IOptions<HttpsOptions>>().Value.Redirect)
        {
            app.UseHttpsRedirection();
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/erreur/500");

            // Sent over HTTPS only, by design of UseHsts: plain-HTTP development and tests are unaffected.
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        app.UseSerilogRequestLogging(o =>
        {
            // This app's own logger, not Serilog's static one (which another host started in the same process may hold).
            o.Logger = app.Services.GetService<Serilog.ILogger>();
            o.EnrichDiagnosticContext = (diagnostics, context) =>
                diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString());

            // A request its visitor abandoned is logged with the 499 the exception handler answers, not the 500 the request
            // log assumes for any exception.
            o.GetMessageTemplateProperties = (context, path, elapsedMs, statusCode) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(path)),
                new LogEventProperty("StatusCode", new ScalarValue(context.RequestAborted.IsCancellationRequested ? StatusCodes.Status499ClientClosedRequest : statusCode)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsedMs)),
            ];
            o.GetLevel = RequestLogLevel;
        });

        // The cache right after routing (it needs the endpoint to know whether an answer is public and what it shows), before
        // the rest, which a hit does not need. A signed-in person is recognised by the session cookie and is never served nor
        // stored. Outside compression, so that it keeps each answer as sent, compressed once per encoding.
        app.UseRouting();
        app.UseOutputCache();
        app.UseReadOnlyStoreGuard();
        app.UseNoNulCharacters();
        app.UseRequestSizeLimit();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePublicETags();
        app.UseResponseCompression();
        app.UseAntiforgery();
        app.MapHealthChecks("/health");
        // For load balancers: 200 while this instance can serve (its store answers, and Redis when it has one), else 503.
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains(SummitServices.ReadyTag) });
        app.MapJournalFeeds();
        app.MapSiteMap();
        app.MapProgrammeJson();
        app.MapProgrammeCalendar();
        app.MapTextArchive();
        app.MapMedia();
        // Build-time fingerprinted, precompressed (Brotli, gzip) files, cached for a year.
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }

    /// <summary>
    /// A visitor who left before the answer (a cancelled download, a closed tab) is not the portal's error: the exception
    /// handler answers 499, and the request log says so at Information, not as an Error with a 500.
    /// </summary>
    private static LogEventLevel RequestLogLevel(HttpContext context, double elapsedMs, Exception? exception) =>
        exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested ? LogEventLevel.Information
        : exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : LogEventLevel.Information;
}
