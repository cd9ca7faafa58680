using Ganss.Xss;
using Markdig;

namespace AesSummit.Web.Features.Content;

/// <summary>Turns Markdown into HTML that is safe to show: raw HTML is escaped and unsafe links are dropped.</summary>
/// <remarks>One instance for the app: the pipeline and the sanitizer are built once and are thread-safe to use.</remarks>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        _pipeline = new MarkdownPipelineBuilder()
            .UseEmphasisExtras()
            .UsePipeTables()
            .UseListExtras()
            .UseAutoLinks()
            .DisableHtml()
            .Build();

        // Defence in depth: Markdig writes whatever URL a link carries, so the output goes through
        // a sanitizer that keeps only the schemes a news text needs.
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Clear();
        _sanitizer.AllowedSchemes.Add("http");
        _sanitizer.AllowedSchemes.Add("https");
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedTags.Remove("form");
        _sanitizer.AllowDataAttributes = false;
    }

    public MarkdownPipeline Pipeline => _pipeline;

    public string ToHtml(string markdown) =>
        _sanitizer.Sanitize(Markdown.ToHtml(markdown ?? string.Empty, _pipeline));
}
