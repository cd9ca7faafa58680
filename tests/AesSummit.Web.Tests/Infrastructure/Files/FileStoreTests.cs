using System.Security.Cryptography;
using AesSummit.Web.Infrastructure.Files;
using AesSummit.Web.Tests.Support;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Tests.Infrastructure.Files;

public sealed class FileStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private FileStore Store() => new(Options.Create(new FilesOptions { Path = "files" }), new Root(_folder.Path));

    [Fact]
    public async Task Stage_ThenKeep_NamesTheFileByItsSha256AndLeavesNoTemporaryFile()
    {
        var store = Store();
        var bytes = RandomNumberGenerator.GetBytes(300_000);

        await using (var staged = await store.StageAsync(new MemoryStream(bytes), long.MaxValue))
        {
            Assert.Equal(Pdfs.Sha256(bytes), staged!.Sha256);
            Assert.Equal(bytes.LongLength, staged.SizeBytes);
            staged.Keep();
        }

        var sha = Pdfs.Sha256(bytes);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_folder.Path, "files", sha[..2], sha)));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_folder.Path, "files", "incoming")));
    }

    [Fact]
    public async Task Stage_BeyondTheLimit_KeepsNothing()
    {
        var store = Store();

        var staged = await store.StageAsync(new MemoryStream(new byte[5000]), 4096);

        Assert.Null(staged);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_folder.Path, "files"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Stage_WithoutKeep_ThrowsTheFileAway()
    {
        var store = Store();

        await using (var staged = await store.StageAsync(new MemoryStream([1, 2, 3]), long.MaxValue))
        {
            Assert.True(File.Exists(staged!.TemporaryPath));
        }

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_folder.Path, "files"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Keep_TheSameBytesTwiceAtOnce_StoresOneIntactCopy()
    {
        var store = Store();
        var bytes = RandomNumberGenerator.GetBytes(1_000_000);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.PutAsync(bytes))));

        var sha = Pdfs.Sha256(bytes);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(store.PathOf(sha)));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(_folder.Path, "files"), "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("")]
    public void PathOf_AnythingButALowerCaseSha256_IsRefused(string name) =>
        Assert.Throws<ArgumentException>(() => Store().PathOf(name));

    /// <summary>A host environment whose content root is the test's folder.</summary>
    private sealed class Root(string path) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "AesSummit.Web";

        public string ContentRootPath { get; set; } = path;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
