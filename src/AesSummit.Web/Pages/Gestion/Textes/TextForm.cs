using System.ComponentModel.DataAnnotations;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Pages.Gestion.Textes;

/// <summary>The official text form shared by the new and edit pages.</summary>
/// <remarks>
/// Blank text stays a string, not null (<see cref="DisplayFormatAttribute.ConvertEmptyStringToNull"/>), so that
/// [Required] reports it and the properties are never null.
/// </remarks>
public sealed class TextForm
{
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Reference")]
    public string Reference { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Title")]
    public string Title { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.Kind")]
    public string Kind { get; set; } = EnumSlugs<TextKind>.ToSlug(TextKind.AdditionalProtocol);

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.AdoptingBody")]
    public string AdoptingBody { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.AdoptedOn")]
    public DateOnly? AdoptedOn { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression("^[a-z]{2,3}(-[A-Z]{2})?$", ErrorMessage = "Validation.Language")]
    [Display(Name = "Field.Language")]
    public string Language { get; set; } = "fr";

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(2000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Summary")]
    public string Summary { get; set; } = string.Empty;

    [Display(Name = "Field.Summit")]
    public string? Summit { get; set; }

    [Display(Name = "Field.IsSample")]
    public bool IsSample { get; set; }

    [Display(Name = "Field.File")]
    public IFormFile? File { get; set; }

    public Guid Version { get; set; }

    public static TextForm From(OfficialText text) => new()
    {
        Reference = text.Reference,
        Title = text.Title,
        Kind = EnumSlugs<TextKind>.ToSlug(text.Kind),
        AdoptingBody = text.AdoptingBody,
        AdoptedOn = text.AdoptedOn,
        Language = text.Language,
        Summary = text.Summary,
        Summit = text.Summit?.Slug,
        IsSample = text.IsSample,
        Version = text.Version,
    };

    /// <summary>Checks the kind and the summit and builds the metadata; null if the form has errors.</summary>
    public async Task<OfficialTextMetadata?> ToMetadataAsync(SummitDbContext db, Action<string, string> addError)
    {
        var valid = EnumSlugs<TextKind>.TryParse(Kind, out var kind);
        if (!valid)
        {
            addError($"Input.{nameof(Kind)}", "Validation.Kind");
        }

        int? summitId = null;
        if (!string.IsNullOrEmpty(Summit))
        {
            summitId = await db.Summits.Where(s => s.Slug == Summit).Select(s => (int?)s.Id).FirstOrDefaultAsync();
            if (summitId is null)
            {
                addError($"Input.{nameof(Summit)}", "Validation.Summit");
                valid = false;
            }
        }

        return valid && AdoptedOn is { } adopted
            ? new OfficialTextMetadata(Reference.Trim(), Title.Trim(), kind, AdoptingBody.Trim(), adopted, Language, Summary.Trim(), summitId, IsSample)
            : null;
    }
}
