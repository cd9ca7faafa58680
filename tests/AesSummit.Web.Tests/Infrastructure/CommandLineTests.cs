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

    private int Run(params string[] args)
    {
        string[] host =
        [
            $"--ConnectionStrings:Summit=Data Source={_folder.File("cli.db")}",
            "--Serilog:MinimumLevel:Default=Warning",
            $"--Serilog:WriteTo:File:Args:path={_folder.File("logs/cli-.json")}",
        ];
        var result = typeof(Program).Assembly.EntryPoint!.Invoke(null, [args.Concat(host).ToArray()]);
        return result is Task<int> task ? task.GetAwaiter().GetResult() : (int)result!;
    }

    private long CountArticles()
    {
        using var connection = new SqliteConnection($"Data Source={_folder.File("cli.db")}");
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
        Assert.Equal(3, CountArticles());
        Assert.Equal(0, Run("import", content));
        Assert.Equal(3, CountArticles());
    }

    [Fact]
    public void Import_OfABadFolder_ExitsNonZeroAndChangesNothing()
    {
        var content = _folder.CopyTestContent();
        Assert.Equal(0, Run("import", content));
        File.WriteAllText(Path.Combine(content, "journal", "2025-12-24-casse.md"), "---\ntitle: [\n---\n");

        Assert.Equal(2, Run("import", content));
        Assert.Equal(3, CountArticles());
    }

    [Fact]
    public void Import_OfAMissingFolder_ExitsNonZero()
    {
        Assert.Equal(2, Run("import", _folder.File("absent")));
    }
}

[CollectionDefinition(nameof(CommandLineGroup), DisableParallelization = true)]
public sealed class CommandLineGroup;
