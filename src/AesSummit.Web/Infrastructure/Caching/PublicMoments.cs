using AesSummit.Web.Features.Publishing;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Infrastructure.Caching;

/// <summary>
/// The next instant at which the public site changes by itself: an article or a text validated for later becomes due, or a
/// phase begins or ends (à venir → en cours → terminée). Worked out once and kept until that instant or the next change to
/// the store, so that asking costs nothing on a cache hit.
/// </summary>
public sealed class PublicMoments(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTime? _next;

    /// <summary>The next moment after now; <see cref="DateTime.MaxValue"/> when none is planned.</summary>
    public async Task<DateTime> NextAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_next is { } known && known > now)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_next is { } again && again > now)
            {
                return again;
            }

            _next = await ComputeAsync(now, cancellationToken);
            return _next.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Something was saved: the next moment is worked out afresh on the next request.</summary>
    public void Forget() => _next = null;

    public void Dispose() => _gate.Dispose();

    private async Task<DateTime> ComputeAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var candidates = new List<DateTime>
        {
            await db.Articles.Where(a => a.Status == PublicationStatus.Published && a.PublishedAtUtc > now).MinAsync(a => a.PublishedAtUtc, cancellationToken) ?? DateTime.MaxValue,
            await db.OfficialTexts.Where(t => t.Status == PublicationStatus.Published && t.PublishedAtUtc > now).MinAsync(t => t.PublishedAtUtc, cancellationToken) ?? DateTime.MaxValue,
        };
        var summits = await db.Summits.AsNoTracking().Include(s => s.Phases).ToListAsync(cancellationToken);
        candidates.AddRange(summits.SelectMany(s => s.Phases.SelectMany(p => p.BoundariesUtc(s.TimeZone))).Where(b => b > now));
        return DateTime.SpecifyKind(candidates.Min(), DateTimeKind.Utc);
    }
}
