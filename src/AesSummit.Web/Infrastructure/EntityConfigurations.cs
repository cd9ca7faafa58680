using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Notifications;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AesSummit.Web.Infrastructure;

internal sealed class SummitConfiguration : IEntityTypeConfiguration<Summit>
{
    public void Configure(EntityTypeBuilder<Summit> builder)
    {
        builder.OwnsMany(x => x.Translations, t =>
        {
            t.ToTable("SummitTranslations");
            t.WithOwner().HasForeignKey("SummitId");
            t.HasKey("SummitId", nameof(ProgrammeTranslation.Language));
            t.Property(x => x.Language).HasMaxLength(ContentLanguage.MaxLength);
            t.Property(x => x.Title).HasMaxLength(200);
        });
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.TimeZone);
        builder.HasMany(s => s.Phases).WithOne().HasForeignKey(p => p.SummitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PhaseConfiguration : IEntityTypeConfiguration<Phase>
{
    public void Configure(EntityTypeBuilder<Phase> builder)
    {
        builder.OwnsMany(x => x.Translations, t =>
        {
            t.ToTable("PhaseTranslations");
            t.WithOwner().HasForeignKey("PhaseId");
            t.HasKey("PhaseId", nameof(ProgrammeTranslation.Language));
            t.Property(x => x.Language).HasMaxLength(ContentLanguage.MaxLength);
            t.Property(x => x.Title).HasMaxLength(200);
        });
        builder.HasIndex(p => new { p.SummitId, p.Slug }).IsUnique();
        builder.HasMany(p => p.Sessions).WithOne().HasForeignKey(s => s.PhaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.OwnsMany(s => s.Translations, t =>
        {
            t.ToTable("SessionTranslations");
            t.WithOwner().HasForeignKey("SessionId");
            t.HasKey("SessionId", nameof(SessionTranslation.Language));
            t.Property(x => x.Language).HasMaxLength(ContentLanguage.MaxLength);
            t.Property(x => x.Title).HasMaxLength(SessionTranslation.MaxTitleLength);
        });
        builder.HasIndex(s => new { s.PhaseId, s.Slug }).IsUnique();
        builder.HasIndex(s => s.StartUtc);
        builder.Property(s => s.LastChangeReason).HasMaxLength(ProgrammeChange.MaxReasonLength);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasDiscriminator<string>("ItemType")
            .HasValue<ArticleAuditEntry>("article")
            .HasValue<TextAuditEntry>("text");
        builder.HasIndex(e => e.AtUtc);
    }
}

internal sealed class ProgrammeChangeConfiguration : IEntityTypeConfiguration<ProgrammeChange>
{
    public void Configure(EntityTypeBuilder<ProgrammeChange> builder)
    {
        builder.HasOne(c => c.Session).WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.AtUtc);
        builder.Property(c => c.Reason).HasMaxLength(ProgrammeChange.MaxReasonLength);
        builder.Ignore(c => c.TimesChanged);
        builder.Ignore(c => c.TitleChanged);
        builder.Property(c => c.OldTitle).HasMaxLength(200);
        builder.Ignore(c => c.VenueChanged);
        builder.Ignore(c => c.StatusChanged);
    }
}

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        // One version per language of an article, all under its slug.
        builder.HasIndex(a => new { a.Slug, a.Language }).IsUnique();
        builder.Property(a => a.Language).HasMaxLength(ContentLanguage.MaxLength);
        // Covering for the journal's pages, with or without a pillar: a page deep in years of articles is found in the index alone.
        builder.HasIndex(a => new { a.Status, a.Language, a.PublishedAtUtc, a.Pillars });
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Summit).WithMany().HasForeignKey(a => a.SummitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Revisions).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Restrict);
        // A deleted draft takes its images' records with it; their files stay in the store, named by nothing.
        builder.HasMany(a => a.Images).WithOne().HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.IsEditable);
    }
}

internal sealed class ArticleEditionConfiguration : IEntityTypeConfiguration<ArticleEdition>
{
    public void Configure(EntityTypeBuilder<ArticleEdition> builder)
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.ChangeNote).HasMaxLength(ArticleEdition.MaxChangeNoteLength);
        builder.Ignore(e => e.IsOpen);
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Restrict);

        // One open correction per article at a time: two writers starting one together cannot both succeed.
        builder.HasIndex(e => e.ArticleId).IsUnique().HasFilter("\"Status\" < 3");
    }
}

internal sealed class ArticleImageConfiguration : IEntityTypeConfiguration<ArticleImage>
{
    public void Configure(EntityTypeBuilder<ArticleImage> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(ArticleImage.MaxNameLength);
        builder.Property(i => i.AltText).HasMaxLength(ArticleImage.MaxAltTextLength);
        builder.Property(i => i.Caption).HasMaxLength(ArticleImage.MaxCaptionLength);
        builder.Property(i => i.Credit).HasMaxLength(ArticleImage.MaxCreditLength);
        builder.HasIndex(i => new { i.ArticleId, i.Name }).IsUnique();
        builder.Property(i => i.SourceSha256).HasMaxLength(64);
        builder.OwnsOne(i => i.Original, original =>
        {
            original.Property(f => f.Sha256).HasMaxLength(64);
            original.HasIndex(f => f.Sha256);
        });
        // One row a file, so that a request for a file finds its image (and its article's state) by the file's SHA-256.
        builder.OwnsMany(i => i.Renditions, rendition =>
        {
            rendition.ToTable("ArticleImageRenditions");
            // A key of its own, numbered by the store (a composite key's part would not be).
            rendition.Property<int>("Id").ValueGeneratedOnAdd();
            rendition.HasKey("Id");
            rendition.Property(f => f.Sha256).HasMaxLength(64);
            rendition.HasIndex(f => f.Sha256);
        });
        builder.Navigation(i => i.Renditions).AutoInclude();
    }
}

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder) => builder.HasIndex(r => new { r.ArticleId, r.SavedAtUtc });
}

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(400);
        builder.Property(m => m.LastError).HasMaxLength(500);

        // The sender looks for what is unsent and due.
        builder.HasIndex(m => new { m.SentAtUtc, m.NextAttemptAtUtc });
    }
}

internal sealed class OfficialTextConfiguration : IEntityTypeConfiguration<OfficialText>
{
    public void Configure(EntityTypeBuilder<OfficialText> builder)
    {
        builder.OwnsMany(t => t.Translations, translation =>
        {
            translation.ToTable("TextTranslations");
            translation.WithOwner().HasForeignKey("OfficialTextId");
            translation.HasKey("OfficialTextId", nameof(TextTranslation.Language));
            translation.Property(x => x.Language).HasMaxLength(ContentLanguage.MaxLength);
        });
        builder.Property(t => t.AuthenticLanguages).HasMaxLength(100);
        builder.Ignore(t => t.Authentic);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.CurrentFile);
        builder.Ignore(t => t.PendingFile);
        builder.Ignore(t => t.PublishedFiles);
        builder.Ignore(t => t.IsEditable);
        builder.HasMany(t => t.History).WithOne().HasForeignKey(e => e.OfficialTextId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Summit).WithMany().HasForeignKey(t => t.SummitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Files).WithOne().HasForeignKey(f => f.OfficialTextId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TextFileVersionConfiguration : IEntityTypeConfiguration<TextFileVersion>
{
    public void Configure(EntityTypeBuilder<TextFileVersion> builder)
    {
        builder.HasIndex(f => new { f.OfficialTextId, f.Number }).IsUnique();
        builder.Ignore(f => f.IsPending);
        builder.HasIndex(f => f.Sha256);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(f => f.Sha256).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder) => builder.HasKey(f => f.Sha256);
}

internal sealed class ContentPageConfiguration : IEntityTypeConfiguration<ContentPage>
{
    public void Configure(EntityTypeBuilder<ContentPage> builder)
    {
        builder.HasIndex(p => new { p.Slug, p.Language }).IsUnique();
        builder.Property(p => p.Language).HasMaxLength(ContentLanguage.MaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
