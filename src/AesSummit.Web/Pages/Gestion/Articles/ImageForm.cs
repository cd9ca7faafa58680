using System.ComponentModel.DataAnnotations;
using AesSummit.Web.Features.Journal;

namespace AesSummit.Web.Pages.Gestion.Articles;

/// <summary>What staff say of an article's image: its name in the body, alternative text or the decorative choice, caption, credit, lead.</summary>
public sealed class ImageForm
{
    [StringLength(ArticleImage.MaxNameLength, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.ImageName")]
    public string? Name { get; set; }

    [StringLength(ArticleImage.MaxAltTextLength, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.AltText")]
    public string? AltText { get; set; }

    [Display(Name = "Field.IsDecorative")]
    public bool IsDecorative { get; set; }

    [StringLength(ArticleImage.MaxCaptionLength, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Caption")]
    public string? Caption { get; set; }

    [StringLength(ArticleImage.MaxCreditLength, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Credit")]
    public string? Credit { get; set; }

    [Display(Name = "Field.IsLead")]
    public bool IsLead { get; set; }

    public ImageDescription Description() => new(AltText, IsDecorative, Caption, Credit);
}
