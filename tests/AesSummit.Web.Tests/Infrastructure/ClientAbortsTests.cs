using System.Net;
using System.Text;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Infrastructure;

/// <summary>
/// A visitor who cancels a download is not an error of the portal: nothing is logged as one (the tests' file log is read back;
/// it must exist, or an absent log would pass for a clean one). Before files were streamed from
/// disk, a download read the whole file from the database first, and a visitor who left meanwhile was logged as a 500.
/// </summary>
public sealed class ClientAbortsTests : IDisposable
{
    /// <summary>The request log at Information: each request writes its line, so the log exists and says how the request ended.</summary>
    private const string RequestLogLevel = "Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware";

    private readonly SummitAppFactory _factory = new(settings: new Dictionary<string, string> { [RequestLogLevel] = "Information" });

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/textes/protocole-essai/telecharger")]
    [InlineData("/sommets/bamako-test/textes.zip")]
    [InlineData("/")]
    public async Task Request_AbandonedBeforeTheAnswer_EndsAs499WithoutAnError(string path)
    {
        _ = _factory.Client();

        var context = await _factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = path;
            c.RequestAborted = new CancellationToken(canceled: true);
        });

        // 499, as nginx logs a request its client closed: ASP.NET Core's exception handler answers so since .NET 8.
        Assert.Equal(499, context.Response.StatusCode);
        var errors = ErrorLines(_factory);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var lines = RequestLines(_factory);
        Assert.True(lines.Any(line => line.Contains($"\"RequestPath\":\"{path}\"", StringComparison.Ordinal) && line.Contains("\"StatusCode\":499", StringComparison.Ordinal)), string.Join("\n", lines));
    }

    [Fact]
    public async Task Download_AbandonedHalfWay_LogsNoError()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        // 8 MB: far more than the test server holds for a reader that stopped reading.
        var large = Encoding.ASCII.GetBytes("%PDF-1.4\n").Concat(new byte[8 * 1024 * 1024]).Concat(Encoding.ASCII.GetBytes("\n%%EOF\n")).ToArray();
        await TextForms.PublishAsync(_factory, writer, secretariat, TextForms.Metadata("Gros protocole", "AES/X/2025/9", "protocole-additionnel"), large);

        // On Kestrel, over a real connection that the client closes.
        using var kestrel = new SummitAppFactory(settings: new Dictionary<string, string>
        {
            ["ConnectionStrings:Summit"] = $"Data Source={_factory.DatabasePath}",
            [RequestLogLevel] = "Information",
            ["Files:Path"] = _factory.Folder.File("files"),
        });
        using var browser = new HttpClient { BaseAddress = kestrel.StartKestrel() };
        using (var response = await browser.GetAsync("/textes/gros-protocole/telecharger", HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.ReadExactlyAsync(new byte[4096]);
        }

        // The server notices the reader left, and gives up, a moment later.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(ErrorLines(kestrel));
    }

    /// <summary>The error and fatal lines the portal has logged so far (each request writes a line).</summary>
    private static List<string> ErrorLines(SummitAppFactory factory)
    {
        var folder = factory.Folder.File("logs");
        Assert.True(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.json").Any(), "The portal wrote no log file");
        return Directory.EnumerateFiles(folder, "*.json")
            .SelectMany(f => ReadShared(f).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Where(line => line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>The request log's lines so far.</summary>
    private static List<string> RequestLines(SummitAppFactory factory) =>
        Directory.EnumerateFiles(factory.Folder.File("logs"), "*.json")
            .SelectMany(f => ReadShared(f).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Where(line => line.Contains("RequestLoggingMiddleware", StringComparison.Ordinal))
            .ToList();

    /// <summary>Reads a log file that the portal still holds open.</summary>
    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
