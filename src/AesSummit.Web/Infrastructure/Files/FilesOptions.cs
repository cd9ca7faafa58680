using System.ComponentModel.DataAnnotations;

namespace AesSummit.Web.Infrastructure.Files;

/// <summary>The <c>Files</c> configuration section: where the texts' files are kept.</summary>
public sealed class FilesOptions
{
    public const string Section = "Files";

    /// <summary>The folder of the content-addressed files; relative to the content root. Back it up with the store.</summary>
    [Required]
    public string Path { get; set; } = "data/files";
}
