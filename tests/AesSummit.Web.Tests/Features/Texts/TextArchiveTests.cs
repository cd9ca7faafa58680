using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Features.Texts;

/// <summary>A summit's texts in one ZIP, opened with System.IO.Compression and checked against its SHA256SUMS.</summary>
public sealed class TextArchiveTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<ZipArchive> GetArchiveAsync(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("textes-bamako-test.zip", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        return new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [Fact]
    public async Task Archive_HoldsEveryPublishedTextOfTheSummit_EachMatchingItsChecksum()
    {
        using var archive = await GetArchiveAsync("/sommets/bamako-test/textes.zip");

        var sums = Read(archive.GetEntry("SHA256SUMS")!);
        var lines = sums.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expected = await _factory.InStoreAsync(db => db.OfficialTexts.CountAsync(t => t.Summit!.Slug == "bamako-test"));
        Assert.Equal(expected, lines.Length);
        Assert.Equal(expected + 1, archive.Entries.Count);
        foreach (var line in lines)
        {
            // sha256sum's format: 64 hex digits, two spaces, the file name.
            Assert.Matches("^[0-9a-f]{64}  [^/]+$", line);
            var name = line[66..];
            using var stream = archive.GetEntry(name)!.Open();
            Assert.Equal(line[..64], Convert.ToHexStringLower(await SHA256.HashDataAsync(stream)));
        }

        Assert.EndsWith("\n", sums, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_MatchesTheSeparateDownloads()
    {
        using var archive = await GetArchiveAsync("/sommets/bamako-test/textes.zip");
        var client = _factory.CreateClient();

        foreach (var slug in await _factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Summit!.Slug == "bamako-test").Select(t => t.Slug).ToListAsync()))
        {
            var download = await client.GetAsync($"/textes/{slug}/telecharger");
            var name = download.Content.Headers.ContentDisposition!.FileName!.Trim('"');
            using var stream = archive.GetEntry(name)!.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(await download.Content.ReadAsByteArrayAsync(), copy.ToArray());
        }
    }

    [Fact]
    public async Task SummitPage_LinksToTheArchive()
    {
        var page = await _factory.Client().GetDocumentAsync("/sommets/bamako-test");

        Assert.NotNull(page.QuerySelector("a[href='/sommets/bamako-test/textes.zip']"));
    }

    [Theory]
    [InlineData("/sommets/inconnu/textes.zip")]
    public async Task SummitWithoutPublishedTexts_Is404(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync(url)).StatusCode);
    }
}
