using System.ComponentModel.DataAnnotations;

namespace AesSummit.Web.Features.Texts;

/// <summary>The <c>Texts</c> configuration section.</summary>
public sealed class TextsOptions
{
    public const string Section = "Texts";

    /// <summary>Largest PDF the back-office accepts, in bytes.</summary>
    [Range(1024, 200 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;
}
