using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Content;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Infrastructure;

/// <summary>
/// The verbs the portal's program runs instead of serving: <c>import [PATH]</c>,
/// <c>users add EMAIL --role ROLE</c> (password on standard input), <c>users list</c>, <c>users disable EMAIL</c>,
/// <c>users enable EMAIL</c>, <c>users roles EMAIL --role ROLE</c>,
/// <c>generate --summits N --articles N --texts N</c> (an empty store only), <c>backup ARCHIVE</c> (while the portal runs),
/// <c>restore ARCHIVE [--sha256 HASH]</c> (into an empty store).
/// </summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["import", "users", "generate", "backup", "restore"];

    /// <summary>
    /// Splits the verb and its arguments from the host's configuration overrides (<c>--Key=Value</c>).
    /// Other arguments stay with the verb: a path such as /srv/content would otherwise read as a host switch.
    /// </summary>
    public static (string? Verb, string[] VerbArgs, string[] HostArgs) Split(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0], StringComparer.Ordinal))
        {
            return (null, [], args);
        }

        static bool IsSetting(string a) => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal);
        return (args[0], args[1..].Where(a => !IsSetting(a)).ToArray(), args[1..].Where(IsSetting).ToArray());
    }

    public static async Task<int> RunAsync(this WebApplication app, string verb, string[] args)
    {
        if (verb is "backup" or "restore")
        {
            // Neither migrates: a backup copies the store as the running portal has it, a restore needs it empty.
            await using var backupScope = app.Services.CreateAsyncScope();
            return await BackupAsync(backupScope.ServiceProvider, verb, args);
        }

        await app.Services.MigrateStoreAsync();
        await using var scope = app.Services.CreateAsyncScope();
        return verb switch
        {
            "import" => await ImportAsync(scope.ServiceProvider, args),
            "users" => await UsersAsync(scope.ServiceProvider.GetRequiredService<AccountAdministration>(), scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>(), args),
            "generate" => await GenerateAsync(scope.ServiceProvider.GetRequiredService<StoreGenerator>(), args),
            _ => 64,
        };
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string[] args)
    {
        var importer = services.GetRequiredService<ContentImporter>();
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
            await Console.Error.WriteLineAsync($"Import refused, nothing was changed: {e.Message}");
            return 2;
        }
    }

    private static async Task<int> BackupAsync(IServiceProvider services, string verb, string[] args)
    {
        var backup = services.GetRequiredService<Backup.StoreBackup>();
        var store = Backup.StoreLocation.Of(services);
        try
        {
            switch (verb, args)
            {
                case ("backup", [var archive]):
                    var written = await backup.WriteAsync(store, archive);
                    await Console.Out.WriteLineAsync($"Backup written: {written.Archive} ({written.Files} files, {written.Bytes} bytes)");
                    await Console.Out.WriteLineAsync($"SHA-256: {written.Sha256}");
                    return 0;

                case ("restore", [var archive, .. var options]) when options is [] or ["--sha256", _]:
                    var restored = await backup.RestoreAsync(archive, store, options is [_, var expected] ? expected : null);
                    await Console.Out.WriteLineAsync($"Restored: {restored.Archive} ({restored.Files} files), SHA-256 {restored.Sha256}");
                    return 0;

                default:
                    await Console.Error.WriteLineAsync("Usage: backup ARCHIVE.zip | restore ARCHIVE.zip [--sha256 HASH] (into an empty store)");
                    return 64;
            }
        }
        catch (Backup.BackupException e)
        {
            await Console.Error.WriteLineAsync($"{(verb == "backup" ? "Backup" : "Restore")} refused: {e.Message}");
            return 2;
        }
    }

    private static async Task<int> GenerateAsync(StoreGenerator generator, string[] args)
    {
        int Count(string name) =>
            Options(args, name) is [var value] && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= 1_000_000 ? n : -1;
        var (summits, articles, texts) = (Count("--summits"), Count("--articles"), Count("--texts"));
        if (summits < 0 || articles < 0 || texts < 0)
        {
            await Console.Error.WriteLineAsync("Usage: generate --summits N --articles N --texts N (into an empty store)");
            return 64;
        }

        if (!await generator.StoreIsEmptyAsync())
        {
            await Console.Error.WriteLineAsync("Refused: the store already holds content; generate fills an empty store only.");
            return 2;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await generator.GenerateAsync(summits, articles, texts);
        await Console.Out.WriteLineAsync($"Generated {summits} summits, {articles} articles and {texts} texts in {watch.Elapsed.TotalSeconds:F0} s.");
        return 0;
    }

    private static async Task<int> UsersAsync(AccountAdministration accounts, IStringLocalizer l, string[] args)
    {
        // Dedupe the messages: Identity reports a taken address twice (as user name and as e-mail).
        static string Errors(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description).Distinct(StringComparer.Ordinal));

        switch (args)
        {
            case ["list"]:
                foreach (var account in await accounts.ListAsync())
                {
                    var state = account.IsDisabled ? l["Accounts.Disabled"] : account.IsLockedOut ? l["Accounts.LockedOut"] : l["Accounts.Active"];
                    await Console.Out.WriteLineAsync($"{account.Email}\t{string.Join(",", account.Roles)}\t{state}");
                }

                return 0;

            case ["add", var email, .. var options]:
                if (await RolesAsync(l, options) is not { } roles)
                {
                    return 64;
                }

                var password = await ReadPasswordAsync(l);
                if (string.IsNullOrEmpty(password))
                {
                    await Console.Error.WriteLineAsync(l["Cli.NoPassword"]);
                    return 64;
                }

                var result = await accounts.AddAsync(email, roles, password);
                if (!result.Succeeded)
                {
                    await Console.Error.WriteLineAsync(l["Cli.NotCreated", Errors(result)]);
                    return 2;
                }

                await Console.Out.WriteLineAsync(l["Cli.Created", email, string.Join(", ", roles)]);
                return 0;

            case ["disable", var email]:
                return await ChangeAsync(accounts, l, email, user => accounts.DisableAsync(user, "command line"), l["Flash.AccountDisabled", email]);

            case ["enable", var email]:
                return await ChangeAsync(accounts, l, email, user => accounts.EnableAsync(user, "command line"), l["Flash.AccountEnabled", email]);

            case ["roles", var email, .. var options]:
                if (await RolesAsync(l, options) is not { } newRoles)
                {
                    return 64;
                }

                return await ChangeAsync(accounts, l, email, user => accounts.SetRolesAsync(user, newRoles, "command line"), l["Cli.RolesSet", email, string.Join(", ", newRoles)]);

            default:
                await Console.Error.WriteLineAsync(l["Cli.UsersUsage"]);
                return 64;
        }
    }

    /// <summary>The roles given with <c>--role</c>, or null (with the reason on standard error) when none or an unknown one is given.</summary>
    private static async Task<List<string>?> RolesAsync(IStringLocalizer l, string[] options)
    {
        var roles = Options(options, "--role");
        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync(l["Cli.UnknownRole", string.Join(", ", unknown.Select(r => $"« {r} »")), string.Join(", ", Roles.All)]);
            return null;
        }

        if (roles.Count == 0)
        {
            await Console.Error.WriteLineAsync(l["Cli.RoleRequired", string.Join(", ", Roles.All)]);
            return null;
        }

        return roles;
    }

    /// <summary>Applies a change to an existing account; exits 2 when there is no such account or the change is refused.</summary>
    private static async Task<int> ChangeAsync(AccountAdministration accounts, IStringLocalizer l, string email, Func<PortalUser, Task<IdentityResult>> change, string done)
    {
        var user = await accounts.FindAsync(email);
        if (user is null)
        {
            await Console.Error.WriteLineAsync(l["Cli.NoAccount", email]);
            return 2;
        }

        var result = await change(user);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join(" ", result.Errors.Select(e => e.Description).Distinct(StringComparer.Ordinal)));
            return 2;
        }

        await Console.Out.WriteLineAsync(done);
        return 0;
    }

    private static List<string> Options(string[] args, string name) =>
        args.Select((a, i) => (a, i)).Where(p => p.a == name && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToList();

    /// <summary>The first line of standard input; typed at a terminal, it is not echoed.</summary>
    private static async Task<string?> ReadPasswordAsync(IStringLocalizer l)
    {
        if (Console.IsInputRedirected || Console.IsOutputRedirected)
        {
            return (await Console.In.ReadLineAsync())?.TrimEnd('\r');
        }

        await Console.Out.WriteAsync(l["Cli.PasswordPrompt"]);
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        await Console.Out.WriteLineAsync();
        return typed.ToString();
    }
}
