using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Pages.Gestion.Articles;

/// <summary>Every article with its state, newest change first, filterable by state.</summary>
public sealed class IndexModel(SummitDbContext db) : PageModel
{
    [FromQuery(Name = "etat")]
    public PublicationStatus? Status { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = db.Articles.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        Rows = await query
            .OrderByDescending(a => a.History.Max(h => h.AtUtc))
            .Select(a => new Row(a.Id, a.Title, a.Status, a.AuthorName, a.PublishedAtUtc))
            .Take(500)
            .ToListAsync();
    }

    /// <summary>One line of the list.</summary>
    public sealed record Row(int Id, string Title, PublicationStatus Status, string? Author, DateTime? PublishedAtUtc);
}
