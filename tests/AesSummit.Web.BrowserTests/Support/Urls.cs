using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.BrowserTests.Support;

/// <summary>The public pages a visitor can reach, as data for theories.</summary>
public static class Urls
{
    /// <summary>The public pages that answer 200 (the 404 page is checked on its own).</summary>
    public static TheoryData<string> PublicPages()
    {
        var data = new TheoryData<string>();
        foreach (var url in SiteUrls.Public.Where(u => u != "/page-inexistante"))
        {
            data.Add(url);
        }

        return data;
    }
}
