using AesSummit.Web.BrowserTests.Support;
using AesSummit.Web.Tests.Support;
using Microsoft.Playwright;

namespace AesSummit.Web.BrowserTests;

/// <summary>Pages read well on a 360 px phone and a 1280 px screen, and the programme prints cleanly.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class LayoutTests(Chromium chromium) : PortalTest(chromium)
{
    // Anything wider than the window forces sideways scrolling, the first thing that breaks on a phone.
    private const string OverflowScript = """
        () => {
          const width = document.documentElement.clientWidth;
          // A data table may scroll inside its own box: what it holds is then not the page's overflow.
          const scrollsAlone = e => { for (let p = e.parentElement; p; p = p.parentElement) { if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true; } return false; };
          const wide = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 1 && e.checkVisibility() && !e.closest('.skip-link') && !scrollsAlone(e))
            .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
          return { scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5), smallest: Math.min(...[...document.querySelectorAll('main p, main li, main dd')].map(e => parseFloat(getComputedStyle(e).fontSize))) };
        }
        """;

    // Playwright fills results through setters.
    private sealed class Overflow
    {
        public int Scroll { get; set; }

        public int Width { get; set; }

        public string[] Wide { get; set; } = [];

        public double Smallest { get; set; }
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task EveryPage_FitsTheWindowWidth_WithReadableText(int width)
    {
        var visitor = await Portal.NewPageAsync(width);
        var staff = await Portal.SignedInPageAsync("mise-en-page@aes.test", SiteUrls.AllRoles);
        await staff.SetViewportSizeAsync(width, 800);
        var pages = SiteUrls.Public.Select(url => (visitor, url)).Concat((await BackOffice.PagesAsync(Portal, staff)).Select(url => (staff, url)));
        var problems = new List<string>();
        foreach (var (page, url) in pages)
        {
            await page.OpenAsync(url);
            var overflow = await page.EvaluateAsync<Overflow>(OverflowScript);
            if (overflow.Scroll > overflow.Width || overflow.Wide.Length > 0 || overflow.Smallest < 13)
            {
                problems.Add($"{url} at {width} px: page {overflow.Scroll} px wide, too wide: {string.Join(", ", overflow.Wide)}; smallest text {overflow.Smallest} px");
                await Artefacts.SaveScreenshotAsync(page, $"layout-{width}{url}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task BackOffice_OnAPhone_ShowsEveryColumnAndStartsNearTheTop()
    {
        var staff = await Portal.SignedInPageAsync("telephone@aes.test", SiteUrls.AllRoles);
        await staff.SetViewportSizeAsync(360, 800);
        var problems = new List<string>();
        foreach (var url in new[] { "/gestion/articles", "/gestion/textes", "/gestion/programme", "/gestion/comptes" })
        {
            await staff.OpenAsync(url);
            // Both bars (the site's and the staff's) above the page's own content.
            var top = await staff.EvaluateAsync<double>("() => document.querySelector('main').getBoundingClientRect().top");
            // A cell outside the window, or inside a box that must be scrolled sideways to be seen, is a column out of sight.
            var outOfSight = await staff.EvaluateAsync<int>("""
                () => [...document.querySelectorAll('.data-table td')].filter(td => {
                  const r = td.getBoundingClientRect();
                  return r.width > 0 && (r.right > document.documentElement.clientWidth + 1 || r.left < 0);
                }).length
                """);
            var cells = await staff.Locator(".data-table td").CountAsync();
            if (top > 170 || outOfSight > 0 || cells == 0)
            {
                problems.Add($"{url}: content starts at {top} px; {outOfSight} of {cells} cells out of sight");
                await Artefacts.SaveScreenshotAsync(staff, $"phone{url}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Programme_InPrint_ShowsEverySessionWithoutNavigationOrLinks()
    {
        var page = await Portal.NewPageAsync();
        await page.GotoAsync("/programme");
        var sessions = await page.Locator(".session").CountAsync();
        Assert.True(sessions > 3);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Artefacts.OnFailureScreenshotAsync(page, "print-programme", async () =>
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" })).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(".site-footer")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(".session-links").First).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(".data-links").First).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".zone-note").First).ToBeVisibleAsync();
            Assert.Equal(sessions, await page.Locator(".session:visible").CountAsync());
            // A session is never cut in two across printed pages.
            Assert.Equal("avoid", await page.Locator(".session").First.EvaluateAsync<string>("e => getComputedStyle(e).breakInside"));
        });

        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = false });
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
    }
}
