using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AesSummit.Web.Infrastructure.Caching;

/// <summary>
/// Evicts the cached public answers that show what a save changed. Every write goes through <see cref="SummitDbContext"/>,
/// which calls this once the change is committed (and the search index follows it), never before: a request that fills
/// the cache afterwards reads the new state.
/// </summary>
public sealed class PublicCacheEviction(IOutputCacheStore store, PublicMoments moments, ILogger<PublicCacheEviction> logger)
{
    /// <summary>
    /// Moves when a change to public content begins and again when it is evicted. An answer whose rendering saw it move may
    /// have read what was there before: <see cref="PublicCachePolicy"/> sends it but does not store it.
    /// </summary>
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>A save of public content is about to begin.</summary>
    public void ChangeBegins() => Interlocked.Increment(ref _generation);

    /// <summary>The tags of the answers that show the entities a save is about to change.</summary>
    public static HashSet<string> TagsOf(DbContext db)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var tag = entry.Entity switch
            {
                Article or ArticleAuditEntry or ArticleImage => CacheTags.Journal,
                OfficialText or TextFileVersion or TextAuditEntry => CacheTags.Texts,
                Summit or Phase or Session or ProgrammeChange => CacheTags.Programme,
                ContentPage => CacheTags.Pages,
                _ => null,
            };
            if (tag is not null)
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        if (tags.Count == 0)
        {
            return;
        }

        // A scheduled publication or a moved phase changes the next moment the site changes by itself.
        Interlocked.Increment(ref _generation);
        moments.Forget();
        try
        {
            // Not the request's token: the change is committed, its eviction must not be cut short by the visitor leaving.
            foreach (var tag in tags)
            {
                await store.EvictByTagAsync(tag, CancellationToken.None);
            }
        }
        catch (Exception e)
        {
            // The save succeeded; a failed eviction must not make it look as if it had not. The entries expire by themselves.
            logger.LogError(e, "Public cache eviction failed for {Tags}", tags);
            return;
        }

        logger.LogDebug("Public cache evicted for {Tags}", tags);
    }
}

/// <summary>Evicts, once a transaction is committed, what the saves made inside it changed.</summary>
public sealed class EvictOnCommitInterceptor : DbTransactionInterceptor
{
    public override async Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SummitDbContext db)
        {
            await db.EvictCommittedAsync(cancellationToken);
        }
    }

    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is SummitDbContext db)
        {
            db.EvictCommittedAsync().GetAwaiter().GetResult();
        }
    }

    public override Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as SummitDbContext)?.ForgetPendingEvictions();
        return Task.CompletedTask;
    }
}
