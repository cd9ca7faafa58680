using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AesSummit.Web.Infrastructure;

/// <summary>The portal's single SQLite store.</summary>
public class SummitDbContext(DbContextOptions<SummitDbContext> options) : DbContext(options)
{
    public DbSet<Summit> Summits => Set<Summit>();

    public DbSet<Phase> Phases => Set<Phase>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<OfficialText> OfficialTexts => Set<OfficialText>();

    public DbSet<TextFileVersion> TextFileVersions => Set<TextFileVersion>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<ContentPage> ContentPages => Set<ContentPage>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite keeps no kind: every DateTime in the store is UTC and comes back marked as such.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SummitDbContext).Assembly);

    private void RenewVersions()
    {
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
