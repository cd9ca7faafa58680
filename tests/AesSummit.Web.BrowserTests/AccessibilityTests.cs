using AesSummit.Web.BrowserTests.Support;
using AesSummit.Web.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AesSummit.Web.BrowserTests;

/// <summary>axe-core on every public and back-office page: no WCAG 2.1 AA violation.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(Chromium chromium) : PortalTest(chromium)
{
    private static async Task AssertNoViolationsAsync(IPage page, string url)
    {
        await page.OpenAsync(url);
        await Axe.AssertNoViolationsAsync(page, $"axe{url}");
    }

    [Fact]
    public async Task EveryPublicPage_HasNoWcag21AAViolation()
    {
        var page = await Portal.NewPageAsync();
        foreach (var url in SiteUrls.Public)
        {
            await AssertNoViolationsAsync(page, url);
        }
    }

    [Fact]
    public async Task EveryPublicPage_AtPhoneWidth_HasNoWcag21AAViolation()
    {
        var page = await Portal.NewPageAsync(width: 360);
        foreach (var url in SiteUrls.Public)
        {
            await AssertNoViolationsAsync(page, url);
        }
    }

    [Fact]
    public async Task EveryBackOfficePage_HasNoWcag21AAViolation()
    {
        var page = await Portal.SignedInPageAsync("admin@aes.test", SiteUrls.AllRoles);
        foreach (var url in await BackOffice.PagesAsync(Portal, page))
        {
            await AssertNoViolationsAsync(page, url);
        }
    }

    [Fact]
    public async Task Axe_OnAPageWithAnImageWithoutText_ReportsIt()
    {
        // The checks above are only worth something if axe runs and reports: a bare image must fail.
        var page = await Portal.NewPageAsync();
        await page.GotoAsync("/");
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"fr\"><head><title>Essai</title></head><body><main><img src=\"/favicon.svg\"></main></body></html>");

        var result = await page.RunAxe(Axe.WcagAA);

        Assert.Contains(result.Violations, v => v.Id == "image-alt");
    }
}
