using System.ComponentModel.DataAnnotations;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Programme;

namespace AesSummit.Web.Pages.Gestion.Programme;

/// <summary>What a session is, as both the new-session and the change forms edit it; hours are the summit's local time.</summary>
public class SessionForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Title")]
    public string Title { get; set; } = string.Empty;

    [Display(Name = "Field.SessionKind")]
    public SessionKind Kind { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.Start")]
    public DateTime? Start { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.End")]
    public DateTime? End { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Venue")]
    public string Venue { get; set; } = string.Empty;

    [StringLength(4000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.SessionDescription")]
    public string? Description { get; set; }

    /// <summary>Unticked, the specimen mark ("Texte de démonstration") leaves the session.</summary>
    [Display(Name = "Field.IsSample")]
    public bool IsSample { get; set; }

    /// <summary>The summit's version when the form was shown: it guards the whole programme.</summary>
    public Guid Version { get; set; }

    /// <summary>An end given at or before the start given.</summary>
    public bool EndsBeforeItStarts => Start is { } start && End is { } end && end <= start;

    /// <summary>The title, kind, description (rendered once) and specimen mark, trimmed.</summary>
    public SessionText Text(MarkdownRenderer markdown)
    {
        var description = Description?.Trim() ?? string.Empty;
        return new SessionText(Title.Trim(), Kind, description, markdown.ToHtml(description), IsSample);
    }
}
