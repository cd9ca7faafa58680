using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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

    /// <remarks>
    /// An image may only name one of its article's own images (<c>![texte](image:nom)</c>), written as a placeholder that the
    /// page replaces with the image's renditions (<see cref="Journal.ImageMarkup"/>); every other image source is dropped.
    /// </remarks>
    public string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown ?? string.Empty, _pipeline);
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage).ToList())
        {
            if (ImageReference.NameIn(image.Url) is { } name)
            {
                image.Url = ImageReference.Placeholder(name);
            }
            else
            {
                image.Remove();
            }
        }

        return _sanitizer.Sanitize(document.ToHtml(_pipeline));
    }
}
