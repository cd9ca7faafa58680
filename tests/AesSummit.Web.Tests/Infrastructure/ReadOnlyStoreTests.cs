using System.Net;
using AesSummit.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AesSummit.Web.Tests.Infrastructure;

/// <summary>
/// A store that cannot be written keeps the public site up: readers are served, staff get the maintenance page.
/// SQLite is told to open the file read-only (<c>Mode=ReadOnly</c>): the tests run as root, to whom file permissions mean nothing,
/// and SQLite reports a read-only file and a read-only open in the same way.
/// </summary>
public sealed class ReadOnlyStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string StorePath => _folder.File("summit.db");

    private SummitAppFactory ReadOnlyPortal() =>
        new(settings: new Dictionary<string, string> { ["ConnectionStrings:Summit"] = $"Data Source={StorePath};Mode=ReadOnly", ["Files:Path"] = FilesPath });

    private string FilesPath => _folder.File("files");

    /// <summary>Makes a store with the test content, as a running portal leaves it.</summary>
    private async Task PrepareStoreAsync()
    {
        using var writable = new SummitAppFactory(settings: new Dictionary<string, string> { ["ConnectionStrings:Summit"] = $"Data Source={StorePath}", ["Files:Path"] = FilesPath });
        Assert.Equal(HttpStatusCode.OK, (await writable.Client().GetAsync("/")).StatusCode);
        await writable.CreateAccountAsync("sp@aes.test", AesSummit.Web.Features.Accounts.Roles.PermanentSecretariat);
        SqliteConnection.ClearAllPools();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/programme")]
    [InlineData("/journal")]
    [InlineData("/journal/conseil-des-ministres")]
    [InlineData("/journal/rss.xml")]
    [InlineData("/programme.ics")]
    [InlineData("/textes/protocole-essai")]
    [InlineData("/textes/protocole-essai/telecharger")]
    [InlineData("/sommets/bamako-test/textes.zip")]
    [InlineData("/recherche?q=protocole")]
    [InlineData("/sitemap.xml")]
    public async Task PublicPages_OnAReadOnlyStore_AreServed(string path)
    {
        await PrepareStoreAsync();
        using var portal = ReadOnlyPortal();

        var response = await portal.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/compte/connexion")]
    [InlineData("/gestion")]
    [InlineData("/gestion/articles/nouveau")]
    [InlineData("/compte/mot-de-passe")]
    public async Task StaffPages_OnAReadOnlyStore_AnswerTheFrenchMaintenancePage(string path)
    {
        await PrepareStoreAsync();
        using var portal = ReadOnlyPortal();

        var response = await portal.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("Maintenance en cours", (await response.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task SignIn_OnAReadOnlyStore_Is503AndChangesNothing()
    {
        await PrepareStoreAsync();
        using var portal = ReadOnlyPortal();
        var client = portal.Client();

        var response = await client.PostAsync("/compte/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "sp@aes.test",
            ["Input.Password"] = Accounts.Password,
        }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("aes.session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Health_OnAReadOnlyStore_SaysDegraded()
    {
        await PrepareStoreAsync();
        using var portal = ReadOnlyPortal();

        var response = await portal.Client().GetAsync("/health");

        Assert.Equal("Degraded", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Verification_OnAReadOnlyStore_StillAnswers()
    {
        await PrepareStoreAsync();
        using var portal = ReadOnlyPortal();
        var sha = Pdfs.Sha256(Pdfs.FromTestContent("protocole-essai.pdf"));

        var page = await portal.Client().GetDocumentAsync($"/textes/verifier?sha256={sha}");

        Assert.Contains("Protocole", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OnAReadOnlyStoreThatNeedsMigrations_IsRefused()
    {
        // A store from before any migration: SQLite can open it, the portal cannot bring it up to date.
        await using (var empty = new SqliteConnection($"Data Source={StorePath}"))
        {
            await empty.OpenAsync();
            await using var command = empty.CreateCommand();
            command.CommandText = "CREATE TABLE Unrelated (Id INTEGER);";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        using var portal = ReadOnlyPortal();

        Assert.ThrowsAny<Exception>(() => portal.Client());
        Assert.DoesNotContain("__EFMigrationsHistory", await TablesAsync());
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={StorePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
