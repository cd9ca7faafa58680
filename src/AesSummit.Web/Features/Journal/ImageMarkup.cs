using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Media;
using AngleSharp.Html.Parser;

namespace AesSummit.Web.Features.Journal;

/// <summary>
/// An article's image as HTML: a <c>picture</c> with WebP and JPEG <c>srcset</c>s, its width and height (no layout shift),
/// lazy below the fold, in a <c>figure</c> with its caption and credit.
/// </summary>
public static class ImageMarkup
{
    /// <summary>The width an image takes: the whole screen on a phone, the text's column (42rem) beyond.</summary>
    public const string Sizes = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <param name="url">The address of a file: public, or staff's in the back-office.</param>
    /// <param name="lazy">Below the fold: loaded when the reader gets near it.</param>
    /// <param name="alt">The body's own words for the image, when it gives some; else the image's alternative text.</param>
    public static string Figure(ArticleImage image, Func<StoredImageFile, string> url, bool lazy, string? alt = null)
    {
        var html = new StringBuilder("<figure class=\"photo\">");
        html.Append(Picture(image, url, lazy, alt));
        if (image.Caption.Length > 0 || image.Credit.Length > 0)
        {
            html.Append("<figcaption>").Append(Encoder.Encode(image.Caption));
            if (image.Credit.Length > 0)
            {
                html.Append(" <span class=\"credit\">").Append(Encoder.Encode(image.Credit)).Append("</span>");
            }

            html.Append("</figcaption>");
        }

        return html.Append("</figure>").ToString();
    }

    public static string Picture(ArticleImage image, Func<StoredImageFile, string> url, bool lazy, string? alt = null)
    {
        var jpegs = image.Renditions.Where(r => r.MediaType == ImageFormats.Jpeg).OrderBy(r => r.Width).ToList();
        var webps = image.Renditions.Where(r => r.MediaType == ImageFormats.WebP).OrderBy(r => r.Width).ToList();
        var fallback = jpegs.Find(r => r.Width >= 720) ?? jpegs[^1];
        var largest = jpegs[^1];
        var text = string.IsNullOrWhiteSpace(alt) ? image.Alt : alt;
        var html = new StringBuilder("<picture>");
        html.Append(CultureInfo.InvariantCulture, $"<source type=\"image/webp\" srcset=\"{SourceSet(webps, url)}\" sizes=\"{Sizes}\">");
        html.Append(CultureInfo.InvariantCulture, $"<img src=\"{Encoder.Encode(url(fallback))}\" srcset=\"{SourceSet(jpegs, url)}\" sizes=\"{Sizes}\"");
        html.Append(CultureInfo.InvariantCulture, $" width=\"{largest.Width}\" height=\"{largest.Height}\" alt=\"{Encoder.Encode(text)}\"");
        html.Append(lazy ? " loading=\"lazy\" decoding=\"async\">" : " fetchpriority=\"high\">");
        return html.Append("</picture>").ToString();
    }

    private static string SourceSet(IEnumerable<StoredImageFile> files, Func<StoredImageFile, string> url) =>
        string.Join(", ", files.Select(f => string.Create(CultureInfo.InvariantCulture, $"{Encoder.Encode(url(f))} {f.Width}w")));

    /// <summary>
    /// The body with each image it names (<see cref="ImageReference"/>) in place: a figure where the image stands alone in
    /// its paragraph, a picture within a sentence; a name the article does not hold shows nothing.
    /// </summary>
    public static string Expand(string bodyHtml, IReadOnlyCollection<ArticleImage> images, Func<StoredImageFile, string> url)
    {
        if (!bodyHtml.Contains("\"#image-", StringComparison.Ordinal))
        {
            return bodyHtml;
        }

        var document = new HtmlParser().ParseDocument($"<body>{bodyHtml}</body>");
        foreach (var placeholder in document.Body!.QuerySelectorAll("img").ToList())
        {
            var name = ImageReference.NameInPlaceholder(placeholder.GetAttribute("src"));
            var image = name is null ? null : images.FirstOrDefault(i => i.Name == name);
            if (image is null)
            {
                placeholder.Remove();
                continue;
            }

            var alt = placeholder.GetAttribute("alt");
            var paragraph = placeholder.ParentElement;
            if (paragraph is { LocalName: "p" } && paragraph.ChildNodes.Length == 1)
            {
                paragraph.Insert(AngleSharp.Dom.AdjacentPosition.BeforeBegin, Figure(image, url, lazy: true, alt));
                paragraph.Remove();
            }
            else
            {
                placeholder.Insert(AngleSharp.Dom.AdjacentPosition.BeforeBegin, Picture(image, url, lazy: true, alt));
                placeholder.Remove();
            }
        }

        return document.Body.InnerHtml;
    }
}
