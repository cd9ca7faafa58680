using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AesSummit.Web.Tests.Support;

/// <summary>Parses the portal's pages as a browser would, to query them with CSS selectors.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return Parse(body);
    }

    public static IReadOnlyList<string> Texts(this IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();
}
