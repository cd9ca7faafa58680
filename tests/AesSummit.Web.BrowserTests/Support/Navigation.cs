using AesSummit.Web.Tests.Support;
using Microsoft.Playwright;

namespace AesSummit.Web.BrowserTests.Support;

/// <summary>Opening a page under test, making sure the page checked is the one asked for (not a sign-in redirect or an error page).</summary>
public static class Navigation
{
    public static async Task<IResponse> OpenAsync(this IPage page, string url, WaitUntilState waitUntil = WaitUntilState.Load)
    {
        var response = await page.GotoAsync(url, new() { WaitUntil = waitUntil });
        Assert.NotNull(response);
        Assert.True(response.Status == (url == SiteUrls.MissingPage ? 404 : 200), $"{url} answered {response.Status}");
        Assert.Equal(url, new Uri(page.Url).PathAndQuery);
        return response;
    }
}
