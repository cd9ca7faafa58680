using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AesSummit.Web.Infrastructure.Caching;

/// <summary>
/// In front of the whole pipeline, ready-to-send copies of the public answers the output cache serves or stores. A hit of the
/// output cache crosses the middleware in front of it and rebuilds its answer from the stored form every time; at summit
/// time, when everyone opens the same few pages, that cost halves what the portal can serve. A copy is made from an answer
/// <see cref="PublicCachePolicy"/> declared shareable, and is dropped with everything else at the first change to public
/// content, at the next moment the site changes by itself, and after <see cref="MaxAge"/> in any case (the output cache
/// remains the reference). Only with the in-process store: with Redis, an eviction made by another instance could not reach it.
/// </summary>
public sealed class HotAnswers(PublicCacheEviction eviction, TimeProvider clock, IOptions<CachingOptions> options, IConfiguration configuration)
{
    /// <summary>How long a copy is kept at most, whatever else happens; a copy is made again from the output cache after it.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    /// <summary>A larger answer is served by the output cache alone.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>All copies together; past it, they are dropped and made again.</summary>
    public const long MaxTotalBytes = 16 * 1024 * 1024;

    /// <summary>Headers the server writes for each answer itself, never copied.</summary>
    private static readonly HashSet<string> OwnHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Age, HeaderNames.Connection,
    };

    private readonly ConcurrentDictionary<string, Answer> _answers = new(StringComparer.Ordinal);

    private long _totalBytes;

    /// <summary>Whether this portal keeps copies: the public cache is on and its store is this process's memory.</summary>
    public bool Enabled { get; } = options.Value.Enabled && string.IsNullOrEmpty(configuration[RedisOptions.ConfigurationKey]);

    /// <summary>Sends the ready copy for this request, if there is one; otherwise gives the key a copy would be kept under (empty: none may be).</summary>
    public bool TryServe(HttpContext context, out string key, out Task sent)
    {
        sent = Task.CompletedTask;
        key = string.Empty;
        if (!Eligible(context.Request))
        {
            return false;
        }

        key = KeyOf(context.Request);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!_answers.TryGetValue(key, out var answer) || answer.Generation != eviction.Generation || now >= answer.ExpiresUtc)
        {
            return false;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers[name] = value;
        }

        // The age since the output cache made the answer, as it would say itself.
        var age = answer.AgeAtCopy + (long)(now - answer.CopiedUtc).TotalSeconds;
        response.Headers.Age = age.ToString(CultureInfo.InvariantCulture);
        response.ContentLength = answer.Body.Length;

        // Without the request's token: a visitor who left is no error, and Kestrel drops what is written after.
        sent = response.Body.WriteAsync(answer.Body).AsTask();
        return true;
    }

    /// <summary>Keeps a copy of the answer just sent, if the public cache declared it shareable and nothing changed meanwhile.</summary>
    public void Keep(HttpContext context, string key, long generationBefore, byte[]? body)
    {
        var response = context.Response;
        if (body is null || response.StatusCode != StatusCodes.Status200OK || !PublicCachePolicy.IsShareable(context, out var nextMoment)
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie) || generationBefore != eviction.Generation
            || (response.ContentLength is { } length && length != body.Length))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + MaxAge < nextMoment ? now + MaxAge : nextMoment;
        var headers = response.Headers.Where(h => !OwnHeaders.Contains(h.Key)).Select(h => (h.Key, h.Value)).ToArray();
        if (Interlocked.Add(ref _totalBytes, body.Length) > MaxTotalBytes)
        {
            _answers.Clear();
            Interlocked.Exchange(ref _totalBytes, body.Length);
        }

        var age = long.TryParse(response.Headers.Age, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0;
        var copy = new Answer(headers, body, generationBefore, expires, now, age);
        _answers.AddOrUpdate(key, copy, (_, replaced) =>
        {
            // The copy it replaces no longer counts against the bound.
            Interlocked.Add(ref _totalBytes, -replaced.Body.Length);
            return copy;
        });
    }

    /// <summary>A plain anonymous GET: no conditional or partial request (the output cache answers those), no session.</summary>
    private bool Eligible(HttpRequest request) =>
        Enabled
        && HttpMethods.IsGet(request.Method)
        && StringValues.IsNullOrEmpty(request.Headers.IfNoneMatch)
        && StringValues.IsNullOrEmpty(request.Headers.IfModifiedSince)
        && StringValues.IsNullOrEmpty(request.Headers.Range)
        && PublicCachePolicy.IsAnonymous(request);

    /// <summary>What the output cache varies by: scheme, host, path (language prefix included), query and accepted encodings.</summary>
    private static string KeyOf(HttpRequest request) =>
        string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value, "\n", request.Headers.AcceptEncoding.ToString());

    private sealed record Answer((string Name, StringValues Value)[] Headers, byte[] Body, long Generation, DateTime ExpiresUtc, DateTime CopiedUtc, long AgeAtCopy);
}

/// <summary>The middleware of <see cref="HotAnswers"/>.</summary>
public static class HotAnswersMiddleware
{
    public static IApplicationBuilder UseHotAnswers(this IApplicationBuilder app)
    {
        var answers = app.ApplicationServices.GetRequiredService<HotAnswers>();
        if (!answers.Enabled)
        {
            return app;
        }

        var eviction = app.ApplicationServices.GetRequiredService<PublicCacheEviction>();
        return app.Use(async (context, next) =>
        {
            if (answers.TryServe(context, out var key, out var sent))
            {
                await sent;
                return;
            }

            if (key.Length == 0)
            {
                await next(context);
                return;
            }

            // Noted before anything is read, as the output cache's policy does: an answer that saw a change is not copied.
            var generation = eviction.Generation;
            var original = context.Features.Get<IHttpResponseBodyFeature>()!;
            await using var copy = new CopyingStream(original.Stream, HotAnswers.MaxBodyBytes, context);
            context.Features.Set<IHttpResponseBodyFeature>(new CopyingBody(copy, original));
            try
            {
                await next(context);
            }
            finally
            {
                context.Features.Set(original);
            }

            answers.Keep(context, key, generation, copy.Copied());
        });
    }

    /// <summary>The response body while a copy may be made. A file sent whole (a download) goes straight to the server, uncopied.</summary>
    private sealed class CopyingBody(CopyingStream copy, IHttpResponseBodyFeature prior) : StreamResponseBodyFeature(copy, prior)
    {
        public override Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
        {
            if (copy.Written)
            {
                return base.SendFileAsync(path, offset, count, cancellationToken);
            }

            copy.GiveUp();
            return PriorFeature!.SendFileAsync(path, offset, count, cancellationToken);
        }
    }

    /// <summary>
    /// Passes every write on, keeping a copy of the bytes while they stay under a bound, and only of an answer the public cache
    /// looked at: a download or a back-office page goes through untouched.
    /// </summary>
    private sealed class CopyingStream(Stream inner, int limit, HttpContext context) : Stream
    {
        private MemoryStream? _copy;

        private bool _decided;

        public bool Written { get; private set; }

        public byte[]? Copied() => _copy?.ToArray();

        public void GiveUp() => (_decided, _copy) = (true, null);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            Written = true;
            if (!_decided)
            {
                _decided = true;
                _copy = PublicCachePolicy.WasConsulted(context) ? new MemoryStream() : null;
            }

            if (_copy is null)
            {
                return;
            }

            if (_copy.Length + bytes.Length > limit)
            {
                _copy = null;
                return;
            }

            _copy.Write(bytes);
        }
    }
}
