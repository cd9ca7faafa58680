using System.ComponentModel.DataAnnotations;

namespace AesSummit.Web.Features.Content;

/// <summary>The <c>Content</c> configuration section: where the reviewed content lives and when it is imported.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Folder of the content, absolute or relative to the app's content root.</summary>
    [Required]
    public string Path { get; set; } = "content";

    /// <summary>Import the content at start-up when the store is empty.</summary>
    public bool ImportOnStartup { get; set; } = true;

    /// <summary>Largest file the import accepts, in bytes.</summary>
    [Range(1, 200 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;
}
