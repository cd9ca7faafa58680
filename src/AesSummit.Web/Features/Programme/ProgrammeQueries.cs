using AesSummit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Features.Programme;

/// <summary>Reads summits and their programmes for the public pages.</summary>
public sealed class ProgrammeQueries(SummitDbContext db)
{
    /// <summary>The edition the portal puts forward; if none is marked, the latest.</summary>
    public async Task<Summit?> FeaturedAsync(CancellationToken cancellationToken = default)
    {
        var slug = await db.Summits
            .OrderByDescending(s => s.IsFeatured).ThenByDescending(s => s.StartDate)
            .Select(s => s.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        return slug is null ? null : await WithProgrammeAsync(slug, cancellationToken);
    }

    public Task<Summit?> WithProgrammeAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Summits.AsNoTracking()
            .Include(s => s.Phases.OrderBy(p => p.Position))
            .ThenInclude(p => p.Sessions.OrderBy(s => s.StartUtc).ThenBy(s => s.Slug))
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);

    public Task<List<Summit>> AllAsync(CancellationToken cancellationToken = default) =>
        db.Summits.AsNoTracking()
            .Include(s => s.Phases.OrderBy(p => p.Position))
            .OrderByDescending(s => s.StartDate)
            .ToListAsync(cancellationToken);

    /// <summary>For each session of the summit that was moved, the start it had before its latest move.</summary>
    public async Task<Dictionary<int, DateTime>> PreviousStartsAsync(Summit summit, CancellationToken cancellationToken = default)
    {
        var sessionIds = summit.Phases.SelectMany(p => p.Sessions).Select(s => s.Id).ToList();
        var moves = await db.ProgrammeChanges.AsNoTracking()
            .Where(c => sessionIds.Contains(c.SessionId) && c.OldStartUtc != c.NewStartUtc)
            .Select(c => new { c.SessionId, c.Id, c.OldStartUtc })
            .ToListAsync(cancellationToken);
        return moves.GroupBy(m => m.SessionId).ToDictionary(g => g.Key, g => g.MaxBy(m => m.Id)!.OldStartUtc);
    }
}
