using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Pages.Gestion.Textes;

/// <summary>Every official text with its state and its last change, searchable, filtered by state and summit, a page at a time.</summary>
public sealed class IndexModel(SummitDbContext db, ProgrammeQueries programme) : PageModel
{
    public const string Path = "/gestion/textes";

    public ListFilters Filters { get; private set; } = new();

    public IReadOnlyList<Summit> Summits { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync([Microsoft.AspNetCore.Mvc.FromQuery] ListFilters filters)
    {
        Filters = filters;
        Summits = await programme.AllAsync();
        var query = db.OfficialTexts.AsNoTracking();
        if (Filters.LikePattern is { } pattern)
        {
            query = query.Where(t => EF.Functions.Like(t.Title.ToLower(), pattern, "\\") || EF.Functions.Like(t.Reference.ToLower(), pattern, "\\"));
        }

        if (Filters.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (!string.IsNullOrEmpty(Filters.Summit))
        {
            query = query.Where(t => t.Summit != null && t.Summit.Slug == Filters.Summit);
        }

        // Ordered on the store's side, before the rows are made (a record's members cannot be translated to SQL).
        var page = await Filters.PageOfAsync(query.Select(t => new { t.Id, t.Reference, t.Title, t.Status, t.AuthorName, HasPendingFile = t.Files.Any(f => f.Number == 0), t.PublishedAtUtc, ChangedAtUtc = t.History.Max(h => h.AtUtc) }), r => r.ChangedAtUtc, r => r.Id);
        (Total, PageCount) = (page.Total, page.PageCount);
        Rows = page.Items.Select(r => new Row(r.Id, r.Reference, r.Title, r.Status, r.AuthorName, r.HasPendingFile, r.PublishedAtUtc, r.ChangedAtUtc)).ToList();
    }

    public string PageUrl(int page) => Filters.UrlOf(Path, page);

    /// <summary>One line of the list.</summary>
    public sealed record Row(int Id, string Reference, string Title, PublicationStatus Status, string? Author, bool HasPendingFile, DateTime? PublishedAtUtc, DateTime ChangedAtUtc);
}
