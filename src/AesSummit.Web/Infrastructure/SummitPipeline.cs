using AesSummit.Web.Features.Discovery;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure.Caching;
using Serilog;

namespace AesSummit.Web.Infrastructure;

/// <summary>The portal's HTTP pipeline.</summary>
public static class SummitPipeline
{
    public static WebApplication UseSummitPortal(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/erreur/500");

            // Sent over HTTPS only, by design of UseHsts: plain-HTTP development and tests are unaffected.
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        app.UseSerilogRequestLogging();
        app.UseReadOnlyStoreGuard();
        app.UseRequestSizeLimit();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        // The cache after authentication (a signed-in person is never served nor stored), and outside compression, so that it
        // keeps each answer as sent, compressed once per encoding, and a hit costs no compression.
        app.UseOutputCache();
        app.UsePublicETags();
        app.UseResponseCompression();
        app.UseAntiforgery();
        app.MapHealthChecks("/health");
        app.MapJournalFeeds();
        app.MapSiteMap();
        app.MapProgrammeJson();
        app.MapProgrammeCalendar();
        app.MapTextArchive();
        // Build-time fingerprinted, precompressed (Brotli, gzip) files, cached for a year.
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
