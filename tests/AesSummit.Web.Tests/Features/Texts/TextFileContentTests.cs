using System.Net;
using System.Net.Http.Headers;
using AesSummit.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Features.Texts;

/// <summary>Texts' files live on disk, named by their SHA-256; a store from before keeps working and is moved out at start-up.</summary>
public sealed class TextFileContentTests : IDisposable
{
    private const string Download = "/textes/protocole-essai/telecharger";
    private static readonly byte[] Protocol = Pdfs.FromTestContent("protocole-essai.pdf");
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string StorePath => _folder.File("summit.db");

    private string FilesPath => _folder.File("files");

    private string OnDisk => Path.Combine(FilesPath, Pdfs.Sha256(Protocol)[..2], Pdfs.Sha256(Protocol));

    private SummitAppFactory Portal(bool readOnly = false) => new(settings: new Dictionary<string, string>
    {
        ["ConnectionStrings:Summit"] = $"Data Source={StorePath}{(readOnly ? ";Mode=ReadOnly" : string.Empty)}",
        ["Files:Path"] = FilesPath,
    });

    /// <summary>A store as the portal left it before files went to disk: the bytes in the row, nothing on disk.</summary>
    private async Task PrepareOldStoreAsync()
    {
        using (var portal = Portal())
        {
            Assert.Equal(HttpStatusCode.OK, (await portal.Client().GetAsync("/")).StatusCode);
        }

        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={StorePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE StoredFiles SET Content = $content WHERE Sha256 = $sha";
        command.Parameters.AddWithValue("$content", Protocol);
        command.Parameters.AddWithValue("$sha", Pdfs.Sha256(Protocol));
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
        File.Delete(OnDisk);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Import_PutsEachFileOnDiskAndNoBytesInTheStore()
    {
        using var portal = Portal();

        Assert.Equal(Protocol, await portal.Client().GetByteArrayAsync(Download));

        Assert.Equal(Protocol, await File.ReadAllBytesAsync(OnDisk));
        Assert.Equal(0, await portal.InStoreAsync(db => db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM StoredFiles WHERE length(Content) > 0").SingleAsync()));
    }

    [Fact]
    public async Task Start_OnAStoreThatKeptFilesInTheDatabase_MovesThemToDiskAndEmptiesTheRows()
    {
        await PrepareOldStoreAsync();
        using var portal = Portal();

        var downloaded = await portal.Client().GetByteArrayAsync(Download);

        Assert.Equal(Protocol, downloaded);
        Assert.Equal(Protocol, await File.ReadAllBytesAsync(OnDisk));
        Assert.Equal(0, await portal.InStoreAsync(db => db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM StoredFiles WHERE length(Content) > 0").SingleAsync()));
    }

    [Fact]
    public async Task Download_FromAReadOnlyOldStore_IsStreamedFromTheDatabaseWithRanges()
    {
        await PrepareOldStoreAsync();
        using var portal = Portal(readOnly: true);
        var client = portal.Client();
        using var range = new HttpRequestMessage(HttpMethod.Get, Download);
        range.Headers.Range = new RangeHeaderValue(10, 19);

        var whole = await client.GetByteArrayAsync(Download);
        var part = await client.SendAsync(range);

        Assert.Equal(Protocol, whole);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(Protocol[10..20], await part.Content.ReadAsByteArrayAsync());
        Assert.False(File.Exists(OnDisk));
    }

    [Fact]
    public async Task Download_OfAFileMissingEverywhere_Is404()
    {
        using var portal = Portal();
        var client = portal.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        File.Delete(OnDisk);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Download)).StatusCode);
    }
}
