using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Notifications;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Search;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AesSummit.Web.Infrastructure;

/// <summary>The portal's store, accounts included: SQLite by default, PostgreSQL through <see cref="PostgreSqlSummitDbContext"/>.</summary>
public class SummitDbContext(DbContextOptions options, PublicCacheEviction? cacheEviction = null) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that seal cookies and tokens, shared by every instance on PostgreSQL.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>What saves inside a transaction changed, evicted from the public cache once it is committed.</summary>
    private readonly HashSet<string> _pendingEvictions = new(StringComparer.Ordinal);

    public DbSet<Summit> Summits => Set<Summit>();

    public DbSet<Phase> Phases => Set<Phase>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<OfficialText> OfficialTexts => Set<OfficialText>();

    public DbSet<TextFileVersion> TextFileVersions => Set<TextFileVersion>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<ContentPage> ContentPages => Set<ContentPage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ArticleAuditEntry> ArticleAuditEntries => Set<ArticleAuditEntry>();

    public DbSet<TextAuditEntry> TextAuditEntries => Set<TextAuditEntry>();

    public DbSet<ProgrammeChange> ProgrammeChanges => Set<ProgrammeChange>();

    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();

    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();

    public DbSet<ArticleImage> ArticleImages => Set<ArticleImage>();

    public DbSet<ArticleEdition> ArticleEditions => Set<ArticleEdition>();

    /// <summary>How many times a save is tried again after another request took the slug or stored the file it wanted.</summary>
    private const int MaxCollisionRetries = 20;

    // Nothing in the portal saves synchronously; should anything, it gets the same rules.
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    // Every save that touches an article or a text rewrites its search row, whichever page or command made it.
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            RenewVersions();
            var searchChanges = SearchIndex.PendingChanges(this);
            var cacheTags = PublicCacheEviction.TagsOf(this);
            if (cacheTags.Count > 0)
            {
                cacheEviction?.ChangeBegins();
            }

            try
            {
                var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                await SearchIndex.ApplyAsync(this, searchChanges.Select(c => c()).ToList(), cancellationToken);

                // Evicted once the change is visible to other requests: now, or when the open transaction commits.
                _pendingEvictions.UnionWith(cacheTags);
                if (Database.CurrentTransaction is null)
                {
                    await EvictCommittedAsync(cancellationToken);
                }

                return saved;
            }
            catch (DbUpdateException e) when (attempt < MaxCollisionRetries && StoreErrors.IsUniqueViolation(e))
            {
                if (!await ResolveCollisionsAsync(cancellationToken))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>Evicts from the public cache what the committed saves changed.</summary>
    internal async Task EvictCommittedAsync(CancellationToken cancellationToken = default)
    {
        if (cacheEviction is not null && _pendingEvictions.Count > 0)
        {
            var tags = _pendingEvictions.ToList();
            _pendingEvictions.Clear();
            await cacheEviction.EvictAsync(tags, cancellationToken);
        }
    }

    internal void ForgetPendingEvictions() => _pendingEvictions.Clear();

    /// <summary>
    /// After a unique-key refusal, settles what a concurrent request took first: a file stored meanwhile is reused (it has the same
    /// SHA-256, hence the same bytes), and a new item whose slug was taken gets the next free one.
    /// </summary>
    /// <returns>True when something was settled and the save can be tried again; false when the refusal is someone else's to handle.</returns>
    private async Task<bool> ResolveCollisionsAsync(CancellationToken cancellationToken)
    {
        var settled = false;
        foreach (var entry in ChangeTracker.Entries<StoredFile>().Where(e => e.State == EntityState.Added).ToList())
        {
            var sha256 = entry.Entity.Sha256;
            if (await StoredFiles.AsNoTracking().AnyAsync(f => f.Sha256 == sha256, cancellationToken))
            {
                entry.State = EntityState.Detached;
                settled = true;
            }
        }

        // A translation keeps its original's slug: if it is taken in its language, another writer's version came first.
        foreach (var entry in ChangeTracker.Entries<ISlugged>().Where(e => e.State == EntityState.Added && e.Entity is not Article { Language: not ContentLanguage.Original }).ToList())
        {
            Func<string, Task<bool>> isTaken = entry.Entity switch
            {
                Article => s => Articles.AsNoTracking().AnyAsync(a => a.Slug == s && a.Language == ContentLanguage.Original, cancellationToken),
                OfficialText => s => OfficialTexts.AsNoTracking().AnyAsync(t => t.Slug == s, cancellationToken),
                _ => throw new InvalidOperationException($"No slug rule for {entry.Metadata.ClrType.Name}."),
            };
            if (await isTaken(entry.Entity.Slug))
            {
                entry.Entity.ChangeSlugBeforeFirstSave(await Slugs.UniqueAsync(entry.Entity.Title, isTaken));
                settled = true;
            }
        }

        return settled;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite keeps no kind: every DateTime in the store is UTC and comes back marked as such.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SummitDbContext).Assembly);
    }

    private void RenewVersions()
    {
        // The audit trail is kept forever: nothing may rewrite or remove an entry, but for a draft deleted with its whole
        // trail (a draft never submitted, which only its author ever saw).
        var deletedItems = ChangeTracker.Entries<PublishableItem>()
            .Where(e => e.State == EntityState.Deleted && e.Entity.Status == PublicationStatus.Draft)
            .Select(e => (e.Metadata.ClrType, KeyOf(e)))
            .ToHashSet();
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Modified
            || (e.State == EntityState.Deleted && !(e.Entity is IVersionedPart part && deletedItems.Contains(part.Owner)))))
        {
            throw new InvalidOperationException("Audit entries are never changed or deleted.");
        }

        // A change under an item (a proposed file, an audit entry) is a change of the item: its version moves too.
        var touched = ChangeTracker.Entries<IVersionedPart>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.Owner)
            .ToHashSet();
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified
                || (entry.State == EntityState.Unchanged && touched.Contains((entry.Metadata.ClrType, KeyOf(entry)))))
            {
                entry.Property(nameof(IVersioned.Version)).CurrentValue = Guid.NewGuid();
            }
        }
    }

    private static int KeyOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey() is { Properties: [{ ClrType: var type } key] } && type == typeof(int)
            ? (int)entry.Property(key.Name).CurrentValue!
            : 0;

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
