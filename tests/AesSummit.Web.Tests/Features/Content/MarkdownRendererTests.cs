using AesSummit.Web.Features.Content;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Features.Content;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Texte <script src=//evil.example/x.js></script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg onload=alert(1)><circle r=1 /></svg>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<a href=\"javascript:alert(1)\">clic</a>")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>")]
    public void ToHtml_NeverPassesRawHtmlThrough(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[clic](javascript:alert(1))")]
    [InlineData("[clic](JavaScript:alert(1))")]
    [InlineData("[clic](  javascript:alert(1))")]
    [InlineData("[clic](java&#09;script:alert(1))")]
    [InlineData("[clic](&#106;avascript:alert(1))")]
    [InlineData("[clic](vbscript:msgbox(1))")]
    [InlineData("[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[clic][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("![image](javascript:alert(1))")]
    [InlineData("![image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    public void ToHtml_NeutralisesUnsafeLinkSchemes(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        // The words may stay as text; no element may carry them as a link or a source.
        var document = Html.Parse(html);
        Assert.Empty(document.QuerySelectorAll("[href], [src]"));
        Assert.NotEmpty(document.Body!.TextContent);
    }

    [Theory]
    [InlineData("[programme](/programme)", "href=\"/programme\"")]
    [InlineData("[site](https://example.org/page)", "href=\"https://example.org/page\"")]
    [InlineData("[écrire](mailto:presse@example.org)", "href=\"mailto:presse@example.org\"")]
    [InlineData("## Ordre du jour", "<h2")]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |", "<table>")]
    public void ToHtml_KeepsWhatANewsTextNeeds(string markdown, string expected)
    {
        Assert.Contains(expected, _renderer.ToHtml(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_EscapesTextThatLooksLikeMarkup()
    {
        var html = _renderer.ToHtml("Le protocole <b>adopté</b> & signé");

        Assert.Contains("&lt;b&gt;adopté&lt;/b&gt; &amp; signé", html, StringComparison.Ordinal);
    }
}
