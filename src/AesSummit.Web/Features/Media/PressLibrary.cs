using System.Globalization;
using System.IO.Compression;
using System.Text;
using AesSummit.Web.Features.Discovery;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Caching;
using AesSummit.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Features.Media;

/// <summary>The press photo library: every image of a public article, by summit, with its caption, credit and date.</summary>
public sealed class PressLibrary(SummitDbContext db, TimeProvider clock)
{
    /// <summary>The public images, by summit (newest edition first; images of articles tied to no summit last), newest article first.</summary>
    public Task<List<PressSummit>> BySummitAsync(CancellationToken cancellationToken = default) =>
        GroupedAsync(db.Articles, cancellationToken);

    /// <summary>One summit's public images, or null when it has none.</summary>
    public async Task<PressSummit?> ForSummitAsync(string slug, CancellationToken cancellationToken = default) =>
        (await GroupedAsync(db.Articles.Where(a => a.Summit!.Slug == slug), cancellationToken)).SingleOrDefault();

    private async Task<List<PressSummit>> GroupedAsync(IQueryable<Article> candidates, CancellationToken cancellationToken)
    {
        // The originals' images: a translation shows the same photographs again.
        var articles = await candidates.AsNoTracking().VisibleAt(clock.GetUtcNow().UtcDateTime)
            .Where(a => a.Language == ContentLanguage.Original && a.Images.Any())
            .Include(a => a.Images).Include(a => a.Summit)
            .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
            .ToListAsync(cancellationToken);
        return
        [
            .. articles
                .GroupBy(a => a.Summit?.Slug)
                .OrderBy(g => g.Key is null)
                .ThenByDescending(g => g.First().Summit?.StartDate)
                .Select(g => new PressSummit(g.First().Summit, [.. g.SelectMany(Photos)])),
        ];
    }

    private static IEnumerable<PressPhoto> Photos(Article article) =>
        article.Images.OrderByDescending(i => i.IsLead).ThenBy(i => i.AddedAtUtc)
            .Select(i => new PressPhoto(i, article.Slug, article.Title, article.PublishedAtUtc!.Value));
}

/// <summary><c>/mediatheque/{slug}.zip</c>: a summit's original images, streamed, with <c>CREDITS.txt</c> and a <c>SHA256SUMS</c> that <c>sha256sum -c</c> accepts.</summary>
public static class PressArchive
{
    public const string CreditsFileName = "CREDITS.txt";

    public static IEndpointRouteBuilder MapPressLibrary(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPublicGet("/mediatheque/{slug}.zip", WriteArchiveAsync)
            .CachePublicly(CacheTags.Journal, CacheTags.Programme);
        return endpoints;
    }

    public static string ArchivePath(string summitSlug) => $"/mediatheque/{summitSlug}.zip";

    private static async Task<IResult> WriteArchiveAsync(HttpContext context, PressLibrary library, FileStore files, string slug)
    {
        var cancellationToken = context.RequestAborted;
        if (await library.ForSummitAsync(slug, cancellationToken) is not { } summit)
        {
            return Results.NotFound();
        }

        var site = context.SiteUrl();
        context.Response.ContentType = "application/zip";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"photos-{slug}.zip\"";
        await using var output = new BufferedResponseStream(context.Response.Body);
        await using (var archive = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, cancellationToken))
        {
            var sums = new StringBuilder();
            var credits = new StringBuilder();
            credits.Append(CultureInfo.InvariantCulture, $"{summit.Summit!.Title}\n{site}/mediatheque\n\n");
            foreach (var photo in summit.Photos)
            {
                var file = photo.Image.Original;
                var name = photo.FileName;
                // Images are compressed already: stored as they are, sent a block at a time.
                var entry = archive.CreateEntry(name, CompressionLevel.NoCompression);
                entry.LastWriteTime = photo.PublishedAtUtc;
                await using (var content = File.OpenRead(files.PathOf(file.Sha256)))
                await using (var stream = await entry.OpenAsync(cancellationToken))
                {
                    var buffer = new byte[81920];
                    int read;
                    while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                    {
                        await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                        await output.DrainAsync(cancellationToken);
                    }
                }

                await output.DrainAsync(cancellationToken);
                sums.Append(file.Sha256).Append("  ").Append(name).Append('\n');
                credits.Append(CultureInfo.InvariantCulture, $"{name}\n  {photo.Image.Caption}\n  {photo.Image.Credit}\n");
                credits.Append(CultureInfo.InvariantCulture, $"  {photo.ArticleTitle}, {photo.PublishedAtUtc:yyyy-MM-dd}, {site}/journal/{photo.ArticleSlug}\n\n");
            }

            await WriteTextAsync(archive, CreditsFileName, credits.ToString(), summit.Photos.Max(p => p.PublishedAtUtc), cancellationToken);
            await WriteTextAsync(archive, TextArchive.ChecksumFileName, sums.ToString(), summit.Photos.Max(p => p.PublishedAtUtc), cancellationToken);
        }

        await output.DrainAsync(cancellationToken);
        return Results.Empty;
    }

    private static async Task WriteTextAsync(ZipArchive archive, string name, string text, DateTime at, CancellationToken cancellationToken)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = at;
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
    }
}

/// <summary>A summit's public images; <see cref="Summit"/> is null for articles tied to none.</summary>
public sealed record PressSummit(Summit? Summit, IReadOnlyList<PressPhoto> Photos);

/// <summary>A public image with the article it illustrates.</summary>
public sealed record PressPhoto(ArticleImage Image, string ArticleSlug, string ArticleTitle, DateTime PublishedAtUtc)
{
    /// <summary>Its name in a summit's archive: the article's slug and the image's name, unique within the summit.</summary>
    public string FileName => $"{ArticleSlug}-{Image.Name}.{Image.Original.Extension}";
}
