using System.IO.Compression;
using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Infrastructure.Backup;
using AesSummit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Infrastructure.Backup;

/// <summary>
/// A backup taken while the portal serves, restored into an empty store, serves the same pages and downloads byte for byte;
/// a restore that would overwrite a store, or that reads an altered archive, changes nothing. Runs on both stores.
/// </summary>
public sealed class StoreBackupTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Archive => _folder.File("backups/summit.zip");

    private static StoreBackup BackupOf(SummitAppFactory portal) => portal.Services.GetRequiredService<StoreBackup>();

    [Fact]
    public async Task Backup_WhileServing_RestoresToTheSamePagesAndDownloadsByteForByte()
    {
        using var original = new SummitAppFactory();
        var client = original.Client();
        await original.CreateAccountAsync("sp@aes.test", Roles.PermanentSecretariat);
        var article = await client.GetStringAsync("/journal/conseil-des-ministres");
        var media = System.Text.RegularExpressions.Regex.Match(article, "/medias/[0-9a-f]{64}\\.webp").Value;
        Assert.NotEmpty(media);

        // Readers go on while the copy is taken.
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var statuses = new List<HttpStatusCode>();
            while (!stop.IsCancellationRequested)
            {
                statuses.Add((await client.GetAsync("/programme")).StatusCode);
            }

            return statuses;
        })).ToList();
        BackupReport written;
        await using (var scope = original.Scope())
        {
            written = await BackupOf(original).WriteAsync(StoreLocation.Of(scope.ServiceProvider), Archive);
        }

        await stop.CancelAsync();
        var served = (await Task.WhenAll(readers)).SelectMany(s => s).ToList();
        Assert.NotEmpty(served);
        Assert.All(served, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal($"{written.Sha256}  summit.zip\n", await File.ReadAllTextAsync(Archive + ".sha256"));
        Assert.True(written.Files >= 3, $"{written.Files} files backed up");

        using var restored = new SummitAppFactory(importOnStartup: false);
        await BackupOf(original).RestoreAsync(Archive, restored.Store, written.Sha256);

        var copy = restored.Client();
        foreach (var path in new[]
        {
            "/", "/programme", "/journal", "/journal/conseil-des-ministres", "/journal/rss.xml", "/programme.ics", "/textes",
            "/textes/protocole-essai", "/textes/protocole-essai/telecharger", "/sommets/bamako-test/textes.zip", media, "/sitemap.xml",
        })
        {
            var expected = await client.GetAsync(path);
            var actual = await copy.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, expected.StatusCode);
            Assert.Equal(HttpStatusCode.OK, actual.StatusCode);
            var (before, after) = (await expected.Content.ReadAsByteArrayAsync(), await actual.Content.ReadAsByteArrayAsync());
            Assert.True(before.SequenceEqual(after), $"{path} differs after the restore");
        }

        // The accounts came with the store: the Secretariat signs in on the restored portal.
        Assert.Equal(HttpStatusCode.Redirect, (await restored.Client().SignInAsync("sp@aes.test", Accounts.Password)).StatusCode);
    }

    [Fact]
    public async Task Restore_IntoAStoreThatHoldsData_IsRefusedAndChangesNothing()
    {
        using var original = new SummitAppFactory();
        await using (var scope = original.Scope())
        {
            await BackupOf(original).WriteAsync(StoreLocation.Of(scope.ServiceProvider), Archive);
        }

        using var other = new SummitAppFactory();
        await other.CreateAccountAsync("sp@aes.test", Roles.PermanentSecretariat);
        var before = await other.Client().GetStringAsync("/journal");

        var refusal = await Assert.ThrowsAsync<BackupException>(() => BackupOf(original).RestoreAsync(Archive, other.Store));

        Assert.Contains("empty store only", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, await other.Client().GetStringAsync("/journal"));
        Assert.Equal(HttpStatusCode.Redirect, (await other.Client().SignInAsync("sp@aes.test", Accounts.Password)).StatusCode);
    }

    [Fact]
    public async Task Restore_OfAnArchiveThatIsNotTheOneWritten_IsRefusedBeforeAnythingIsWritten()
    {
        using var original = new SummitAppFactory();
        BackupReport written;
        await using (var scope = original.Scope())
        {
            written = await BackupOf(original).WriteAsync(StoreLocation.Of(scope.ServiceProvider), Archive);
        }

        await using (var archive = await ZipFile.OpenAsync(Archive, ZipArchiveMode.Update))
        {
            await archive.CreateEntry("files/../../evil").Open().DisposeAsync();
        }

        using var restored = new SummitAppFactory(importOnStartup: false);
        var altered = await Assert.ThrowsAsync<BackupException>(() => BackupOf(original).RestoreAsync(Archive, restored.Store, written.Sha256));
        var outside = await Assert.ThrowsAsync<BackupException>(() => BackupOf(original).RestoreAsync(Archive, restored.Store));

        Assert.Contains("not the archive that was written", altered.Message, StringComparison.Ordinal);
        Assert.Contains("outside the content-addressed layout", outside.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(restored.Store.FilesRoot));
        Assert.False(File.Exists(restored.DatabasePath));
    }

    [Fact]
    public async Task Backup_OverAnExistingFile_IsRefused()
    {
        using var original = new SummitAppFactory();
        Directory.CreateDirectory(Path.GetDirectoryName(Archive)!);
        await File.WriteAllTextAsync(Archive, "précieux");
        await using var scope = original.Scope();

        var refusal = await Assert.ThrowsAsync<BackupException>(() => BackupOf(original).WriteAsync(StoreLocation.Of(scope.ServiceProvider), Archive));

        Assert.Contains("never overwrites", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("précieux", await File.ReadAllTextAsync(Archive));
    }
}
