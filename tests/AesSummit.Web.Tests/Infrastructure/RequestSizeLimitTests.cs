using System.Net;
using System.Net.Http.Headers;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Infrastructure;

/// <summary>A request larger than the portal accepts is told so in French, with the limit, and nothing is kept.</summary>
public sealed class RequestSizeLimitTests : IDisposable
{
    private const long HundredMegabytes = 100L * 1024 * 1024;
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>A multipart form carrying a file of <paramref name="size"/> zero bytes, produced as it is sent, its length declared or not.</summary>
    private static MultipartFormDataContent Upload(string field, long size, bool declareLength, IDictionary<string, string>? fields = null)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }

        var file = new StreamContent(new Zeros(size, declareLength));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, field, "enorme.pdf");
        return form;
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("Fichier trop volumineux", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("ne peut pas dépasser 20 Mo", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WithAHundredMegabyteFile_Is413NamingTheLimit()
    {
        var response = await _factory.Client().PostAsync("/textes/verifier", Upload("file", HundredMegabytes, declareLength: true));

        await AssertTooLargeAsync(response);
    }

    [Fact]
    public async Task NewText_WithAHundredMegabyteFile_Is413NamingTheLimitAndStoresNothing()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var token = (await writer.FormAsync("/gestion/textes/nouveau", "main form")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var files = await _factory.InStoreAsync(db => db.StoredFiles.CountAsync());

        var response = await writer.PostAsync("/gestion/textes/nouveau", Upload("Input.File", HundredMegabytes, declareLength: true, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Title"] = "Texte énorme",
        }));

        await AssertTooLargeAsync(response);
        Assert.Equal(files, await _factory.InStoreAsync(db => db.StoredFiles.CountAsync()));
        Assert.Equal(0, await _factory.InStoreAsync(db => db.OfficialTexts.CountAsync(t => t.Title == "Texte énorme")));
    }

    [Fact]
    public async Task Verify_WithAnOversizeBodySentWithoutItsLength_Is413NamingTheLimit()
    {
        var response = await _factory.Client().PostAsync("/textes/verifier", Upload("file", 22L * 1024 * 1024, declareLength: false));

        await AssertTooLargeAsync(response);
    }

    [Fact]
    public async Task NewText_WithAFileJustOverTheLimit_IsAFormErrorNamingTheLimit()
    {
        using var factory = new SummitAppFactory(settings: new Dictionary<string, string> { ["Texts:MaxUploadBytes"] = "4096" });
        var writer = await factory.SignedInAsync("redacteur@aes.test", Roles.Writer);

        var response = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", new Dictionary<string, string> { ["Input.Title"] = "Un peu trop long" }, ("Input.File", "t.pdf", Pdfs.Fresh(new string('x', 5000))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Ce fichier dépasse la taille autorisée : 4 Ko au plus.", (await response.ReadDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Zero bytes made as they are read, so that a test can send 100 MB without holding them; seekable only when the length is declared.</summary>
    private sealed class Zeros(long length, bool declareLength) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => declareLength;

        public override bool CanWrite => false;

        public override long Length => declareLength ? length : throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => _position = value;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Clear(buffer, offset, n);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
