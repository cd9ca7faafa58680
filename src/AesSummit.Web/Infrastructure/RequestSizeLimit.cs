using AesSummit.Web.Features.Media;
using AesSummit.Web.Features.Texts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Infrastructure;

/// <summary>
/// One limit for what a request may send: the largest file the portal accepts (a text's <see cref="TextsOptions.MaxUploadBytes"/>
/// or an image's <see cref="ImagesOptions.MaxUploadBytes"/>) and
/// room for the form around it. A larger request gets the French 413 page naming the limit, before anything is read, instead
/// of failing half-way through the form (which the antiforgery check would only report as "Requête invalide").
/// </summary>
public static class RequestSizeLimit
{
    /// <summary>Room for the form's other fields around the largest file.</summary>
    public const long FormOverheadBytes = 1024 * 1024;

    private const string ExceededKey = "aes.request-too-large";

    public static long MaxRequestBytes(TextsOptions texts, ImagesOptions images) =>
        Math.Max(texts.MaxUploadBytes, images.MaxUploadBytes) + FormOverheadBytes;

    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // The error page re-executed for a refused request sees the same headers: it must be let through.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                await next(context);
                return;
            }

            var limit = MaxRequestBytes(
                context.RequestServices.GetRequiredService<IOptions<TextsOptions>>().Value,
                context.RequestServices.GetRequiredService<IOptions<ImagesOptions>>().Value);
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            // A body sent with its length was checked above; one sent without (chunked) is counted as it is read, here rather
            // than by Kestrel, so that going over is known and answered as such.
            var chunked = context.Request.ContentLength is null;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel)
            {
                kestrel.MaxRequestBodySize = chunked ? null : limit;
            }

            if (chunked && context.Request.Body != Stream.Null)
            {
                context.Request.Body = new CountingBody(context.Request.Body, limit, () => context.Items[ExceededKey] = true);
            }

            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                context.Items[ExceededKey] = true;
            }

            if (context.Items.ContainsKey(ExceededKey) && !context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            }
        });

    /// <summary>Reads through to the request body and stops, noting it, once more than the limit has come.</summary>
    private sealed class CountingBody(Stream inner, long limit, Action exceeded) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            _read += read;
            if (_read > limit)
            {
                exceeded();
                throw new BadHttpRequestException("The request body is larger than the portal accepts.", StatusCodes.Status413PayloadTooLarge);
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
