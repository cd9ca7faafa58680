using Microsoft.Playwright;

namespace AesSummit.Web.BrowserTests.Support;

/// <summary>Screenshots kept when a check fails, in <c>TestResults/screenshots</c> beside the test project (or <c>$BROWSER_ARTEFACTS</c>).</summary>
public static class Artefacts
{
    public static string Folder =>
        Environment.GetEnvironmentVariable("BROWSER_ARTEFACTS")
        ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots"));

    /// <summary>Runs <paramref name="check"/>; if it fails, saves a full-page screenshot named <paramref name="name"/>, then fails.</summary>
    public static async Task OnFailureScreenshotAsync(IPage page, string name, Func<Task> check)
    {
        try
        {
            await check();
        }
        catch
        {
            await SaveScreenshotAsync(page, name);
            throw;
        }
    }

    /// <summary>Saves a full-page screenshot of <paramref name="page"/> as it is now, for a check that failed.</summary>
    public static async Task SaveScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')) + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }
}
