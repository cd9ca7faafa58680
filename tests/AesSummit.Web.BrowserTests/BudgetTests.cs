using System.Xml.Linq;
using AesSummit.Web.BrowserTests.Support;
using AesSummit.Web.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AesSummit.Web.BrowserTests;

/// <summary>
/// Light pages for mobile connections: every public page of the real content (the sitemap's URLs and the pages it leaves out),
/// first visit at 360 px, all resources, at most 60 KB on the wire (100 KB for a page that shows images), all from the portal.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class BudgetTests(Chromium chromium, ITestOutputHelper output) : PortalTest(chromium, Path.Combine(Repository.Root, "content"))
{
    /// <summary>The budget of one page load, compressed, headers included.</summary>
    public const long BudgetBytes = 60 * 1024;

    /// <summary>The budget of a page that shows images (an article with its lead image, the photo library).</summary>
    public const long ImageBudgetBytes = 100 * 1024;

    private static readonly string[] Compressed = ["br", "gzip"];

    private async Task<List<string>> PublicPagesAsync()
    {
        using var http = new HttpClient { BaseAddress = Portal.BaseUrl };
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Parse(await http.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)))
            .Descendants(sitemap + "loc")
            .Select(loc => new Uri(loc.Value).PathAndQuery)
            .ToList();
        Assert.True(listed.Count > 20, $"the sitemap lists only {listed.Count} pages");
        return [.. listed.Union(["/textes/verifier", "/recherche?q=protocole+defense", "/compte/connexion", SiteUrls.MissingPage])];
    }

    [Fact]
    public async Task EveryPublicPage_FirstVisit_TransfersAtMost60KB_Or100KBWithImages_AllFromThePortal()
    {
        var problems = new List<string>();
        long largest = 0;
        long largestWithImages = 0;
        var withImages = 0;
        var pages = await PublicPagesAsync();
        foreach (var url in pages)
        {
            // A new context each time: an empty cache, as for a first visit.
            var page = await Portal.NewPageAsync(width: 360);
            var requests = new List<IRequest>();
            var failed = new List<string>();
            page.RequestFinished += (_, request) => requests.Add(request);
            page.RequestFailed += (_, request) => failed.Add($"{request.Url} ({request.Failure})");
            await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });

            long bytes = 0;
            var images = requests.Count(r => new Uri(r.Url).AbsolutePath.StartsWith("/medias/", StringComparison.Ordinal));
            foreach (var request in requests.ToArray())
            {
                var sizes = await request.SizesAsync();
                bytes += sizes.ResponseHeadersSize + sizes.ResponseBodySize;
                var address = new Uri(request.Url);
                if (address.Authority != Portal.BaseUrl.Authority && address.Scheme is "http" or "https")
                {
                    problems.Add($"{url}: request to another host: {request.Url}");
                }
            }

            await page.Context.CloseAsync();
            output.WriteLine($"{url,-60} {requests.Count,2} requests {bytes,7:N0} bytes{(images > 0 ? $", {images} image(s)" : string.Empty)}");
            problems.AddRange(failed.Select(f => $"{url}: failed request {f}"));
            var budget = images > 0 ? ImageBudgetBytes : BudgetBytes;
            if (images > 0)
            {
                withImages++;
                largestWithImages = Math.Max(largestWithImages, bytes);
            }
            else
            {
                largest = Math.Max(largest, bytes);
            }

            if (bytes > budget)
            {
                problems.Add($"{url}: {bytes:N0} bytes transferred, over the {budget:N0}-byte budget");
            }
        }

        output.WriteLine($"{pages.Count} pages, the heaviest without images {largest:N0} bytes of {BudgetBytes:N0}; {withImages} with images, the heaviest {largestWithImages:N0} bytes of {ImageBudgetBytes:N0}");
        // The content's illustrated articles and the photo library: the image budget is measured, not only allowed.
        Assert.True(withImages >= 3, $"only {withImages} pages showed images");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task PageAndStylesheet_AreSentCompressed()
    {
        var page = await Portal.NewPageAsync();
        var encodings = new Dictionary<string, string?>();
        page.Response += (_, response) => encodings[new Uri(response.Url).AbsolutePath] = response.Headers.GetValueOrDefault("content-encoding");
        await page.GotoAsync("/programme", new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Contains(encodings["/programme"], Compressed);
        var stylesheet = Assert.Single(encodings.Keys, path => path.StartsWith("/css/site.", StringComparison.Ordinal));
        Assert.Contains(encodings[stylesheet], Compressed);
    }
}
