using System.Text;
using AesSummit.Web.Tests.Infrastructure;
using AesSummit.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AesSummit.Web.Tests.Security;

/// <summary>
/// Broken content given to <c>import PATH</c>, as an operator would run it on a filled store: a precise error on standard
/// error naming the file (and the line where there is one), exit code 2, and every row of the store as it was.
/// </summary>
/// <remarks>In the command-line collection: it runs the program's entry point and captures the console.</remarks>
[Collection(nameof(CommandLineGroup))]
public sealed class ImportHostileInputTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _content;

    public ImportHostileInputTests() => _content = _folder.CopyTestContent();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private string Database => _folder.File("cli.db");

    private (int Exit, string Error) Import(params string[] settings)
    {
        string[] args =
        [
            "import", _content,
            $"--ConnectionStrings:Summit=Data Source={Database}",
            "--Serilog:MinimumLevel:Default=Warning",
            $"--Serilog:WriteTo:File:Args:path={_folder.File("logs/cli-.json")}",
            .. settings,
        ];
        var original = Console.Error;
        var error = new StringWriter();
        Console.SetError(error);
        try
        {
            var result = typeof(Program).Assembly.EntryPoint!.Invoke(null, [args]);
            var exit = result is Task<int> task ? task.GetAwaiter().GetResult() : (int)result!;
            return (exit, error.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }

    private string Path(string relative) => System.IO.Path.Combine(_content, relative);

    private void Edit(string relative, string from, string to)
    {
        var text = File.ReadAllText(Path(relative));
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(Path(relative), text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Breaks the content folder one way; returns the place the error must name ("file" or "file, line N").</summary>
    private string Break(string how)
    {
        switch (how)
        {
            case "truncated yaml":
                var summit = File.ReadAllText(Path("summits/niamey-test.yaml"));
                File.WriteAllText(Path("summits/niamey-test.yaml"), summit[..(summit.Length / 2)] + "\n  - slug: [");
                return "summits/niamey-test.yaml, line ";
            case "wrong type":
                Edit("summits/bamako-test.yaml", "featured: true", "featured: peut-être");
                return "summits/bamako-test.yaml, line 8";
            case "wrong date":
                Edit("summits/bamako-test.yaml", "startDate: 2025-12-15", "startDate: 2025-02-30");
                // Dates are checked after parsing: the error names the field and the line of the entry that holds it.
                return "summits/bamako-test.yaml, line 1: 'startDate'";
            case "duplicate slug":
                File.Copy(Path("journal/2025-12-15-ouverture-experts.md"), Path("journal/2025-12-16-ouverture-experts.md"));
                return "journal/2025-12-1";
            case "not utf-8":
                File.WriteAllBytes(Path("journal/2025-12-22-latin1.md"), Encoding.Latin1.GetBytes("---\ntitle: Défense\n---\nCorps.\n"));
                return "journal/2025-12-22-latin1.md";
            case "missing pdf":
                File.Delete(Path("textes/traite-essai.pdf"));
                return "textes/textes.yaml, line 18";
            case "pdf outside the folder":
                Edit("textes/textes.yaml", "file: traite-essai.pdf", "file: ../../../../etc/passwd");
                return "textes/textes.yaml, line 18";
            case "not a pdf":
                File.WriteAllText(Path("textes/traite-essai.pdf"), "<html><script>alert(1)</script></html>");
                return "textes/textes.yaml, line 18: the file 'traite-essai.pdf' is not a PDF";
            case "broken front matter":
                Edit("journal/2025-12-20-conseil-des-ministres.md", "summary: Première", "summary: [Première");
                return "journal/2025-12-20-conseil-des-ministres.md, line 3";
            case "unknown pillar":
                Edit("journal/2025-12-20-conseil-des-ministres.md", "pillars: [developpement]", "pillars: [\"'; DROP TABLE Articles;--\"]");
                return "journal/2025-12-20-conseil-des-ministres.md";
            case "slug with traversal":
                Edit("summits/bamako-test.yaml", "  - slug: experts", "  - slug: ../../experts");
                return "summits/bamako-test.yaml, line 12";
            case "unknown summit":
                Edit("journal/2025-12-15-ouverture-experts.md", "summit: bamako-test", "summit: \"' OR 1=1 --\"");
                return "journal/2025-12-15-ouverture-experts.md";
            case "file over the limit":
                File.WriteAllText(Path("journal/2025-12-23-enorme.md"), "---\ntitle: Énorme\n---\n" + new string('x', 64 * 1024));
                return "journal/2025-12-23-enorme.md";
            default:
                throw new ArgumentOutOfRangeException(nameof(how), how, null);
        }
    }

    [Theory]
    [InlineData("truncated yaml")]
    [InlineData("wrong type")]
    [InlineData("wrong date")]
    [InlineData("duplicate slug")]
    [InlineData("not utf-8")]
    [InlineData("missing pdf")]
    [InlineData("pdf outside the folder")]
    [InlineData("not a pdf")]
    [InlineData("broken front matter")]
    [InlineData("unknown pillar")]
    [InlineData("slug with traversal")]
    [InlineData("unknown summit")]
    [InlineData("file over the limit")]
    public void Import_OfBrokenContent_NamesTheFileExitsWith2AndChangesNoRow(string how)
    {
        Assert.Equal(0, Import().Exit);
        var before = StoreSnapshot.Rows(Database);
        var place = Break(how);

        var (exit, error) = Import("--Content:MaxFileBytes=32768");

        Assert.Equal(2, exit);
        Assert.True(error.Contains($"Import refused, nothing was changed: {place}", StringComparison.Ordinal), error);
        Assert.Equal(before, StoreSnapshot.Rows(Database));
    }

    [Fact]
    public void Import_OfBrokenContentIntoAnEmptyStore_LeavesItEmpty()
    {
        Break("not a pdf");

        var (exit, error) = Import();

        Assert.Equal(2, exit);
        Assert.Contains("textes/textes.yaml, line 18", error, StringComparison.Ordinal);
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM Summits) + (SELECT COUNT(*) FROM Articles) + (SELECT COUNT(*) FROM OfficialTexts) + (SELECT COUNT(*) FROM StoredFiles) + (SELECT COUNT(*) FROM ContentPages)";
        Assert.Equal(0L, (long)command.ExecuteScalar()!);
    }
}
