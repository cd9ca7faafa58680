using System.ComponentModel.DataAnnotations;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Programme;

namespace AesSummit.Web.Pages.Gestion.Programme;

/// <summary>A session's title and description in another language, as the forms edit them.</summary>
public sealed class SessionWordsForm
{
    [StringLength(SessionTranslation.MaxTitleLength, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.SessionDescription")]
    public string? Description { get; set; }
}

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

    /// <summary>The title and description in each other language, by code; a blank title takes that language's version away.</summary>
    public Dictionary<string, SessionWordsForm> Translations { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The versions given for <paramref name="languages"/> (other languages posted are ignored), rendered once.</summary>
    public IReadOnlyList<SessionTranslation> TranslationsFor(IEnumerable<string> languages, MarkdownRenderer markdown) =>
        [.. languages
            .Select(language => (language, words: Translations.GetValueOrDefault(language)))
            .Where(t => !string.IsNullOrWhiteSpace(t.words?.Title))
            .Select(t =>
            {
                var description = t.words!.Description?.Trim() ?? string.Empty;
                return new SessionTranslation(t.language, t.words.Title!.Trim(), description, markdown.ToHtml(description));
            })];

    /// <summary>The form's versions, as the session has them.</summary>
    public void FillTranslations(Session session)
    {
        foreach (var translation in session.Translations)
        {
            Translations[translation.Language] = new SessionWordsForm { Title = translation.Title, Description = translation.DescriptionMarkdown };
        }
    }

    /// <summary>An end given at or before the start given.</summary>
    public bool EndsBeforeItStarts => Start is { } start && End is { } end && end <= start;

    /// <summary>The title, kind, description (rendered once) and specimen mark, trimmed.</summary>
    public SessionText Text(MarkdownRenderer markdown)
    {
        var description = Description?.Trim() ?? string.Empty;
        return new SessionText(Title.Trim(), Kind, description, markdown.ToHtml(description), IsSample);
    }
}
