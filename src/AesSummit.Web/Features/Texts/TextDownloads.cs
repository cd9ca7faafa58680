using System.Collections.Concurrent;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure.Caching;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Features.Texts;

/// <summary>What a download link names: the bytes to send, under which name, or that the text was withdrawn.</summary>
public sealed record DownloadTarget(string Sha256, string MediaType, string FileName, bool IsWithdrawn);

/// <summary>
/// Remembers what each download link names until the public content changes or the site next changes by itself, so that a
/// crowd of journalists resuming downloads (one-byte ranges, repeated requests) costs no query each. A file's download is not
/// output-cached: its bytes stay on disk, only this lookup is kept.
/// </summary>
public sealed class TextDownloads(PublicCacheEviction eviction, PublicMoments moments, IOptions<CachingOptions> caching, TimeProvider clock)
{
    /// <summary>Only links that name a file are remembered, and never more than this many.</summary>
    private const int MaxRemembered = 4096;

    private readonly ConcurrentDictionary<(string Slug, int? Version), Remembered> _remembered = new();

    public async Task<DownloadTarget?> FindAsync(TextQueries texts, string slug, int? version, CancellationToken cancellationToken = default)
    {
        if (!caching.Value.Enabled)
        {
            return await LookUpAsync(texts, slug, version, cancellationToken);
        }

        // Read before the lookup: a change that begins meanwhile moves it, and what was read is then not kept.
        var generation = eviction.Generation;
        if (_remembered.TryGetValue((slug, version), out var known) && known.Generation == generation
            && clock.GetUtcNow().UtcDateTime < known.UntilUtc)
        {
            return known.Target;
        }

        // Never longer than a cached page lives: a change made by another process (an import) shows within that time too.
        var latest = clock.GetUtcNow().UtcDateTime + PublicCachePolicy.MaxAge;
        var nextMoment = await moments.NextAsync(cancellationToken);
        var untilUtc = nextMoment < latest ? nextMoment : latest;
        var target = await LookUpAsync(texts, slug, version, cancellationToken);
        if (target is not null && eviction.Generation == generation)
        {
            if (_remembered.Count >= MaxRemembered)
            {
                _remembered.Clear();
            }

            _remembered[(slug, version)] = new Remembered(target, generation, untilUtc);
        }

        return target;
    }

    private static async Task<DownloadTarget?> LookUpAsync(TextQueries texts, string slug, int? version, CancellationToken cancellationToken)
    {
        var text = await texts.BySlugAsync(slug, cancellationToken);
        var file = version is null ? text?.CurrentFile : text?.PublishedFiles.FirstOrDefault(f => f.Number == version);
        return text is null || file is null
            ? null
            : new DownloadTarget(file.Sha256, file.MediaType, text.DownloadFileName(file), text.Status == PublicationStatus.Withdrawn);
    }

    private sealed record Remembered(DownloadTarget Target, long Generation, DateTime UntilUtc);
}
