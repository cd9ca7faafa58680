using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Search;
using AesSummit.Web.Features.Texts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AesSummit.Web.Infrastructure;

/// <summary>The portal's single SQLite store, accounts included.</summary>
public class SummitDbContext(DbContextOptions<SummitDbContext> options) : IdentityDbContext<PortalUser>(options)
{
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

    // Every save that touches an article or a text rewrites its search row, whichever page or command made it.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewVersions();
        var searchChanges = SearchIndex.PendingChanges(this);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        SearchIndex.Apply(this, searchChanges.Select(c => c()).ToList());
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        var searchChanges = SearchIndex.PendingChanges(this);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await SearchIndex.ApplyAsync(this, searchChanges.Select(c => c()).ToList(), cancellationToken);
        return saved;
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
        // The audit trail is kept forever: nothing may rewrite or remove an entry.
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are never changed or deleted.");
        }

        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
