using AesSummit.Web.Features.Content;

namespace AesSummit.Web.Infrastructure;

/// <summary>The verbs the portal's program runs instead of serving (<c>import [PATH]</c>).</summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["import"];

    /// <summary>Splits the verb and its arguments from the host's own arguments (a path such as /srv/content would read as a switch).</summary>
    public static (string? Verb, string[] VerbArgs, string[] HostArgs) Split(string[] args) =>
        args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal)
            ? (args[0], args[1..].Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray(), args[1..].Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray())
            : (null, [], args);

    public static async Task<int> RunAsync(this WebApplication app, string verb, string[] args)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CommandLine));
        switch (verb)
        {
            case "import":
                await app.Services.MigrateStoreAsync();
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
                    var path = args.Length > 0 ? Path.GetFullPath(args[0]) : null;
                    try
                    {
                        var report = await importer.ImportAsync(path);
                        await Console.Out.WriteLineAsync(
                            $"Import done: {report.Added.Count} added, {report.Updated.Count} updated, {report.Unchanged} unchanged, {report.Conflicts.Count} conflicts.");
                        foreach (var conflict in report.Conflicts)
                        {
                            await Console.Error.WriteLineAsync($"Conflict: {conflict} was changed in the store since its import; the store's version was kept.");
                        }

                        return report.Conflicts.Count == 0 ? 0 : 3;
                    }
                    catch (ContentImportException e)
                    {
                        log.LogError("Import refused: {Problem}", e.Message);
                        await Console.Error.WriteLineAsync($"Import refused, nothing was changed: {e.Message}");
                        return 2;
                    }
                }

            default:
                await Console.Error.WriteLineAsync($"Unknown command '{verb}'.");
                return 64;
        }
    }
}
