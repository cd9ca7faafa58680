using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Pages.Gestion.Textes;

/// <summary>Every official text with its state.</summary>
public sealed class IndexModel(SummitDbContext db) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() =>
        Rows = await db.OfficialTexts.AsNoTracking()
            .OrderBy(t => t.Status).ThenByDescending(t => t.AdoptedOn)
            .Select(t => new Row(t.Id, t.Reference, t.Title, t.Status, t.AuthorName, t.Files.Any(f => f.Number == 0), t.PublishedAtUtc))
            .ToListAsync();

    /// <summary>One line of the list.</summary>
    public sealed record Row(int Id, string Reference, string Title, PublicationStatus Status, string? Author, bool HasPendingFile, DateTime? PublishedAtUtc);
}
