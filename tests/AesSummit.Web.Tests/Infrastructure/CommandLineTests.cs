using AesSummit.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AesSummit.Web.Tests.Infrastructure;

/// <summary>Runs the program's own entry point, as <c>dotnet run -- import</c> does.</summary>
/// <remarks>Alone in its collection: the test host factories listen for any host being built in the process.</remarks>
[Collection(nameof(CommandLineGroup))]
public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private int Run(params string[] args) => RunOn("cli", args);

    /// <summary>Runs the program on the store named <paramref name="store"/>: its database file and its folder of files.</summary>
    private int RunOn(string store, params string[] args)
    {
        string[] host =
        [
            $"--ConnectionStrings:Summit=Data Source={_folder.File($"{store}.db")}",
            $"--Files:Path={_folder.File($"{store}-files")}",
            "--Serilog:MinimumLevel:Default=Warning",
            $"--Serilog:WriteTo:File:Args:path={_folder.File("logs/cli-.json")}",
        ];
        var result = typeof(Program).Assembly.EntryPoint!.Invoke(null, [args.Concat(host).ToArray()]);
        return result is Task<int> task ? task.GetAwaiter().GetResult() : (int)result!;
    }

    private long CountArticles(string store = "cli")
    {
        using var connection = new SqliteConnection($"Data Source={_folder.File($"{store}.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Articles";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void Import_OfAGoodFolder_ExitsWithZeroAndFillsTheStore()
    {
        var content = _folder.CopyTestContent();

        Assert.Equal(0, Run("import", content));
        Assert.Equal(4, CountArticles());
        Assert.Equal(0, Run("import", content));
        Assert.Equal(4, CountArticles());
    }

    [Fact]
    public void BackupThenRestore_ThroughTheCommandLine_GiveAStoreWithTheSameArticlesAndFiles()
    {
        Assert.Equal(0, Run("import", _folder.CopyTestContent()));
        var archive = _folder.File("backups/cli.zip");

        Assert.Equal(0, Run("backup", archive));
        Assert.Equal(2, Run("backup", archive));
        var sha256 = File.ReadAllText(archive + ".sha256")[..64];
        Assert.Equal(2, RunOn("restored", "restore", archive, "--sha256", new string('0', 64)));
        Assert.False(File.Exists(_folder.File("restored.db")));
        Assert.Equal(0, RunOn("restored", "restore", archive, "--sha256", sha256));

        Assert.Equal(4, CountArticles("restored"));
        static string[] Files(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToArray();
        var stored = Files(_folder.File("cli-files")).Where(f => !f.StartsWith("incoming", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(stored);
        Assert.Equal(stored, Files(_folder.File("restored-files")).Where(f => !f.StartsWith("incoming", StringComparison.Ordinal)));
        Assert.Equal(2, RunOn("restored", "restore", archive));
        Assert.Equal(64, Run("backup"));
    }

    [Fact]
    public void Import_OfABadFolder_ExitsNonZeroAndChangesNothing()
    {
        var content = _folder.CopyTestContent();
        Assert.Equal(0, Run("import", content));
        File.WriteAllText(Path.Combine(content, "journal", "2025-12-24-casse.md"), "---\ntitle: [\n---\n");

        Assert.Equal(2, Run("import", content));
        Assert.Equal(4, CountArticles());
    }

    private int RunWithInput(string input, params string[] args)
    {
        var original = Console.In;
        Console.SetIn(new StringReader(input));
        try
        {
            return Run(args);
        }
        finally
        {
            Console.SetIn(original);
        }
    }

    private string? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_folder.File("cli.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }

    [Fact]
    public void UsersAdd_WithAStrongPasswordOnStandardInput_CreatesTheAccountWithItsRole()
    {
        Assert.Equal(0, RunWithInput("une phrase de passe solide\n", "users", "add", "redacteur@aes.test", "--role", "Redacteur"));

        Assert.Equal("Redacteur", Scalar("SELECT r.Name FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE u.Email = 'redacteur@aes.test'"));
        Assert.NotEqual("une phrase de passe solide", Scalar("SELECT PasswordHash FROM AspNetUsers"));
    }

    [Theory]
    [InlineData("court\n")]
    [InlineData("motdepasse123\n")]
    [InlineData("aaaaaaaaaaaaaaaa\n")]
    public void UsersAdd_WithAWeakPassword_IsRefusedAndCreatesNothing(string input)
    {
        Assert.Equal(2, RunWithInput(input, "users", "add", "redacteur@aes.test", "--role", "Redacteur"));

        Assert.Equal("0", Scalar("SELECT COUNT(*) FROM AspNetUsers"));
    }

    [Fact]
    public void UsersAdd_WithAnUnknownRoleOrNoPassword_IsRefused()
    {
        Assert.Equal(64, RunWithInput("une phrase de passe solide\n", "users", "add", "x@aes.test", "--role", "Chef"));
        Assert.Equal(64, RunWithInput(string.Empty, "users", "add", "x@aes.test", "--role", "Redacteur"));
    }

    [Fact]
    public void UsersDisable_LocksTheAccount()
    {
        RunWithInput("une phrase de passe solide\n", "users", "add", "sp@aes.test", "--role", "SecretariatPermanent");

        Assert.Equal(0, Run("users", "disable", "sp@aes.test"));
        Assert.NotNull(Scalar("SELECT DisabledAtUtc FROM AspNetUsers WHERE Email = 'sp@aes.test'"));
        Assert.Equal(2, Run("users", "disable", "personne@aes.test"));
        Assert.Equal(0, Run("users", "list"));
    }

    [Fact]
    public void UsersEnable_GivesADisabledAccountBackItsAccess()
    {
        RunWithInput("une phrase de passe solide\n", "users", "add", "admin@aes.test", "--role", "Administrateur");
        RunWithInput("une phrase de passe solide\n", "users", "add", "sp@aes.test", "--role", "SecretariatPermanent");
        Assert.Equal(0, Run("users", "disable", "sp@aes.test"));

        Assert.Equal(0, Run("users", "enable", "sp@aes.test"));

        Assert.Equal("1", Scalar("SELECT COUNT(*) FROM AspNetUsers WHERE Email = 'sp@aes.test' AND DisabledAtUtc IS NULL"));
        Assert.Equal(2, Run("users", "enable", "personne@aes.test"));
    }

    [Fact]
    public void UsersRoles_ReplacesTheAccountsRoles()
    {
        RunWithInput("une phrase de passe solide\n", "users", "add", "admin@aes.test", "--role", "Administrateur");
        RunWithInput("une phrase de passe solide\n", "users", "add", "agent@aes.test", "--role", "Redacteur");

        Assert.Equal(0, Run("users", "roles", "agent@aes.test", "--role", "SecretariatPermanent", "--role", "Redacteur"));

        Assert.Equal("Redacteur,SecretariatPermanent", Scalar("SELECT group_concat(Name, ',') FROM (SELECT r.Name FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE u.Email = 'agent@aes.test' ORDER BY r.Name)"));
        Assert.Equal(64, Run("users", "roles", "agent@aes.test", "--role", "Chef"));
        Assert.Equal(64, Run("users", "roles", "agent@aes.test"));
    }

    [Fact]
    public void UsersRoles_OfTheLastAdministrator_IsRefused()
    {
        RunWithInput("une phrase de passe solide\n", "users", "add", "admin@aes.test", "--role", "Administrateur");

        Assert.Equal(2, Run("users", "roles", "admin@aes.test", "--role", "Redacteur"));

        Assert.Equal("Administrateur", Scalar("SELECT r.Name FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE u.Email = 'admin@aes.test'"));
    }

    [Fact]
    public void Import_OfAMissingFolder_ExitsNonZero()
    {
        Assert.Equal(2, Run("import", _folder.File("absent")));
    }
}

[CollectionDefinition(nameof(CommandLineGroup), DisableParallelization = true)]
public sealed class CommandLineGroup;
