using AesSummit.Web.Infrastructure.Files;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Features.Media;

/// <summary>
/// Takes in an uploaded image: streams it to disk within the size limit, has libvips check and process it, and stores
/// the files it made by their SHA-256. The upload itself, metadata and all, is never stored.
/// </summary>
public sealed class ImageIntake(FileStore files, ImageProcessor processor, IOptions<ImagesOptions> options)
{
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    /// <returns>The image, or the resource key of the reason it was refused (its one argument: the largest size accepted).</returns>
    public async Task<(ProcessedImage? Image, string? Refusal)> AcceptAsync(IFormFile? upload, CancellationToken cancellationToken = default)
    {
        var (received, refusal) = await files.StageUploadAsync(upload, MaxUploadBytes, cancellationToken);
        if (received is null)
        {
            return (null, refusal);
        }

        await using var staged = received;
        return await ProcessAsync(staged, cancellationToken);
    }

    /// <summary>Takes in an image from a stream: an upload, or the content import (which has its own limit on a file's size).</summary>
    public async Task<(ProcessedImage? Image, string? Refusal)> AcceptAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        await using var staged = await files.StageAsync(content, maxBytes, cancellationToken);
        return staged is null ? (null, "Upload.TooLarge") : await ProcessAsync(staged, cancellationToken);
    }

    private async Task<(ProcessedImage? Image, string? Refusal)> ProcessAsync(StagedFile staged, CancellationToken cancellationToken)
    {
        var work = files.WorkFolder();
        try
        {
            var (output, refusal) = await processor.ProcessAsync(staged.TemporaryPath, work, cancellationToken);
            if (output is null)
            {
                return (null, refusal);
            }

            var original = await StoreAsync(output.Original, cancellationToken);
            var renditions = new List<StoredImageFile>();
            foreach (var rendition in output.Renditions)
            {
                renditions.Add(await StoreAsync(rendition, cancellationToken));
            }

            return (new ProcessedImage(output.Width, output.Height, original, renditions), null);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task<StoredImageFile> StoreAsync(ImageFile file, CancellationToken cancellationToken)
    {
        var (sha256, size) = await files.StoreFileAsync(file.Path, cancellationToken);
        return new StoredImageFile(file.Width, file.Height, file.MediaType, sha256, size);
    }
}
