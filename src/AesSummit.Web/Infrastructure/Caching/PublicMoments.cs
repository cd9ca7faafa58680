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

    /// <summary>The known next moment, in ticks (0: to work out); read and written whole, without the gate.</summary>
    private long _nextTicks;

    /// <summary>Bumped by every <see cref="Forget"/>: a moment worked out from what the store held before is not kept.</summary>
    private long _generation;

    /// <summary>The next moment after now; <see cref="DateTime.MaxValue"/> when none is planned.</summary>
    public async Task<DateTime> NextAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (Known(now) is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Known(now) is { } again)
            {
                return again;
            }

            var generation = Interlocked.Read(ref _generation);
            var next = await ComputeAsync(now, cancellationToken);
            Interlocked.Exchange(ref _nextTicks, next.Ticks);

            // A save committed while it was worked out may have moved it: then it is worked out again next time.
            if (Interlocked.Read(ref _generation) != generation)
            {
                Interlocked.Exchange(ref _nextTicks, 0);
            }

            return next;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Something was saved: the next moment is worked out afresh on the next request.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _nextTicks, 0);
    }

    public void Dispose() => _gate.Dispose();

    private DateTime? Known(DateTime now)
    {
        var ticks = Interlocked.Read(ref _nextTicks);
        return ticks > now.Ticks ? new DateTime(ticks, DateTimeKind.Utc) : null;
    }

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
