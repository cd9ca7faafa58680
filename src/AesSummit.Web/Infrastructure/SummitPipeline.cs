using AesSummit.Web.Features.Discovery;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using Serilog;

namespace AesSummit.Web.Infrastructure;

/// <summary>The portal's HTTP pipeline.</summary>
public static class SummitPipeline
{
    public static WebApplication UseSummitPortal(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/erreur/500");
        }

        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        app.UseSerilogRequestLogging();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealthChecks("/health");
        app.MapJournalFeeds();
        app.MapSiteMap();
        app.MapProgrammeJson();
        app.MapProgrammeCalendar();
        app.MapTextArchive();
        app.MapRazorPages();
        return app;
    }
}
