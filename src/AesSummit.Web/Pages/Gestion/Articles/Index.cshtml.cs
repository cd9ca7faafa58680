using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Pages.Gestion.Articles;

/// <summary>Every article with its state and its last change, searchable, filtered by state and summit, a page at a time.</summary>
public sealed class IndexModel(SummitDbContext db, ProgrammeQueries programme) : PageModel
{
    public const string Path = "/gestion/articles";

    public ListFilters Filters { get; private set; } = new();

    public IReadOnlyList<Summit> Summits { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync([Microsoft.AspNetCore.Mvc.FromQuery] ListFilters filters)
    {
        Filters = filters;
        Summits = await programme.AllAsync();
        var query = db.Articles.AsNoTracking();
        if (Filters.LikePattern is { } pattern)
        {
            query = query.Where(a => EF.Functions.Like(a.Title.ToLower(), pattern, "\\") || EF.Functions.Like(a.Summary.ToLower(), pattern, "\\"));
        }

        if (Filters.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (!string.IsNullOrEmpty(Filters.Summit))
        {
            query = query.Where(a => a.Summit != null && a.Summit.Slug == Filters.Summit);
        }

        // Ordered on the store's side, before the rows are made (a record's members cannot be translated to SQL).
        var page = await Filters.PageOfAsync(query.Select(a => new { a.Id, a.Title, a.Status, a.AuthorName, a.PublishedAtUtc, ChangedAtUtc = a.History.Max(h => h.AtUtc) }), r => r.ChangedAtUtc, r => r.Id);
        (Total, PageCount) = (page.Total, page.PageCount);
        Rows = page.Items.Select(r => new Row(r.Id, r.Title, r.Status, r.AuthorName, r.PublishedAtUtc, r.ChangedAtUtc)).ToList();
    }

    public string PageUrl(int page) => Filters.UrlOf(Path, page);

    /// <summary>One line of the list.</summary>
    public sealed record Row(int Id, string Title, PublicationStatus Status, string? Author, DateTime? PublishedAtUtc, DateTime ChangedAtUtc);
}
