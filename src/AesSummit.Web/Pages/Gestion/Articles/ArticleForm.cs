using System.ComponentModel.DataAnnotations;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Pages.Gestion.Articles;

/// <summary>An article's words, as the article form and the correction form both edit them.</summary>
/// <remarks>
/// Blank text stays a string, not null (<see cref="DisplayFormatAttribute.ConvertEmptyStringToNull"/>), so that
/// [Required] reports it and the properties are never null.
/// </remarks>
public class ArticleWordsForm
{
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Title")]
    public string Title { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(600, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Summary")]
    public string Summary { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100_000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Body")]
    public string Body { get; set; } = string.Empty;

    public Guid Version { get; set; }
}

/// <summary>The article form shared by the new and edit pages: the words, pillars, summit and specimen mark.</summary>
public sealed class ArticleForm : ArticleWordsForm
{
    [Display(Name = "Field.Pillars")]
    public List<string> Pillars { get; set; } = [];

    [Display(Name = "Field.Summit")]
    public string? Summit { get; set; }

    [Display(Name = "Field.IsSample")]
    public bool IsSample { get; set; }

    public static ArticleForm From(Article article, string? summitSlug) => new()
    {
        Title = article.Title,
        Summary = article.Summary,
        Body = article.BodyMarkdown,
        Pillars = Features.Journal.Pillars.Split(article.Pillars).Select(EnumSlugs<Pillar>.ToSlug).ToList(),
        Summit = summitSlug,
        IsSample = article.IsSample,
        Version = article.Version,
    };

    public Pillar PillarSet()
    {
        var set = Pillar.None;
        foreach (var slug in Pillars)
        {
            if (EnumSlugs<Pillar>.TryParse(slug, out var pillar))
            {
                set |= pillar;
            }
        }

        return set;
    }

    /// <summary>Checks what annotations cannot (pillars, summit) and builds the content; null if the form has errors.</summary>
    public async Task<ArticleContent?> ToContentAsync(SummitDbContext db, MarkdownRenderer markdown, Action<string, string> addError)
    {
        var valid = true;
        if (PillarSet() == Pillar.None || Pillars.Any(p => !EnumSlugs<Pillar>.TryParse(p, out _)))
        {
            addError($"Input.{nameof(Pillars)}", "Validation.Pillars");
            valid = false;
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

        return valid
            ? new ArticleContent(Title.Trim(), Summary.Trim(), Body, markdown.ToHtml(Body), PillarSet(), summitId, IsSample)
            : null;
    }
}
