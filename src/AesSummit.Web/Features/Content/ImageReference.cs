using System.Text.RegularExpressions;

namespace AesSummit.Web.Features.Content;

/// <summary>How Markdown names an article's own image (<c>image:nom</c>) and how the stored HTML keeps the reference.</summary>
public static partial class ImageReference
{
    private const string Scheme = "image:";
    private const string PlaceholderPrefix = "#image-";

    /// <summary>The image's name in an <c>image:</c> address, or null for any other address.</summary>
    public static string? NameIn(string? url) =>
        url is not null && url.StartsWith(Scheme, StringComparison.Ordinal) && Name().IsMatch(url[Scheme.Length..]) ? url[Scheme.Length..] : null;

    /// <summary>A fragment address (relative, so the sanitizer keeps it) that only the portal's own Markdown writes.</summary>
    public static string Placeholder(string name) => PlaceholderPrefix + name;

    /// <summary>The name a placeholder stands for, or null.</summary>
    public static string? NameInPlaceholder(string? src) =>
        src is not null && src.StartsWith(PlaceholderPrefix, StringComparison.Ordinal) && Name().IsMatch(src[PlaceholderPrefix.Length..]) ? src[PlaceholderPrefix.Length..] : null;

    /// <summary>Lower-case letters, digits and hyphens, as slugs are.</summary>
    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$")]
    public static partial Regex Name();
}
