using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AesSummit.Web.BrowserTests.Support;

/// <summary>axe-core's WCAG 2.1 AA rules run on the page as it is now.</summary>
public static class Axe
{
    public static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Fails, with a screenshot named <paramref name="name"/>, when axe finds a violation on the page shown.</summary>
    public static Task AssertNoViolationsAsync(IPage page, string name) =>
        Artefacts.OnFailureScreenshotAsync(page, name, async () =>
        {
            var result = await page.RunAxe(WcagAA);
            var problems = result.Violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
            Assert.True(result.Violations.Length == 0, $"{page.Url}:\n{string.Join("\n", problems)}");
        });
}
