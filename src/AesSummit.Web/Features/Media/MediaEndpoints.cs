using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace AesSummit.Web.Features.Media;

/// <summary>
/// The images' files, by SHA-256. The public gets a file only while an article showing it is public (published and due),
/// with a one-year immutable cache (the address changes with the bytes); staff get any image of an item they may see,
/// never cached.
/// </summary>
public static class MediaEndpoints
{
    /// <summary>The address of an image file for the public.</summary>
    public static string PublicUrl(StoredImageFile file) => $"/medias/{file.Sha256}.{file.Extension}";

    /// <summary>The address of an image file for staff, whatever its article's state.</summary>
    public static string StaffUrl(StoredImageFile file) => $"/gestion/medias/{file.Sha256}.{file.Extension}";

    public static IServiceCollection AddSummitMedia(this IServiceCollection services)
    {
        services.AddOptions<ImagesOptions>()
            .BindConfiguration(ImagesOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ImageProcessor>();
        services.AddScoped<ImageIntake>();
        services.AddScoped<PressLibrary>();
        ImageProcessor.RestrictLoaders();
        return services;
    }

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPublicGet("/medias/{sha256:length(64)}.{extension}", async (HttpContext context, SummitDbContext db, FileStore files, TimeProvider clock, string sha256, string extension) =>
        {
            var visible = db.Articles.VisibleAt(clock.GetUtcNow().UtcDateTime);
            var file = await FindAsync(db.ArticleImages.Where(i => visible.Any(a => a.Id == i.ArticleId)), sha256, extension, context.RequestAborted);
            if (file is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Serve(files, file);
        });

        endpoints.MapGet("/gestion/medias/{sha256:length(64)}.{extension}", async (HttpContext context, SummitDbContext db, FileStore files, string sha256, string extension) =>
        {
            var me = Actor.From(context.User).UserId;
            // A draft is its author's alone until it is submitted, its images too.
            var seen = db.Articles.Where(a => a.Status != PublicationStatus.Draft || a.AuthorId == me);
            var file = await FindAsync(db.ArticleImages.Where(i => seen.Any(a => a.Id == i.ArticleId)), sha256, extension, context.RequestAborted);
            if (file is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "no-store, private";
            return Serve(files, file);
        }).RequireAuthorization(Policies.Staff);
        endpoints.MapPressLibrary();
        return endpoints;
    }

    private static IResult Serve(FileStore files, StoredImageFile file) =>
        Results.File(files.PathOf(file.Sha256), file.MediaType, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);

    /// <summary>The file with these bytes, in the format its address names, among <paramref name="images"/>: one query.</summary>
    private static async Task<StoredImageFile?> FindAsync(IQueryable<ArticleImage> images, string sha256, string extension, CancellationToken cancellationToken)
    {
        var mediaType = ImageFormats.FromExtension(extension);
        if (mediaType is null || !sha256.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var holder = await images.AsNoTracking()
            .Where(i => i.Original.Sha256 == sha256 || i.Renditions.Any(r => r.Sha256 == sha256))
            .FirstOrDefaultAsync(cancellationToken);
        return holder?.Renditions.Prepend(holder.Original).FirstOrDefault(f => f.Sha256 == sha256 && f.MediaType == mediaType);
    }
}
