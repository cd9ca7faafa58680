using System.ComponentModel;
using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AesSummit.Web.Infrastructure.Backup;

/// <summary>
/// A consistent copy of the store, taken while the portal runs, in one ZIP archive: the database (SQLite's online backup, or
/// <c>pg_dump</c>'s custom format) and the content-addressed files of texts and images; and its restoration into an empty store.
/// </summary>
public sealed class StoreBackup(IOptions<BackupOptions> options, TimeProvider time, ILogger<StoreBackup> logger)
{
    /// <summary>The archive's layout; a restore refuses any other.</summary>
    public const int Format = 1;

    private const string ManifestEntry = "backup.json";
    private const string SqliteEntry = "store/summit.db";
    private const string PostgreSqlEntry = "store/summit.pgdump";
    private const string FilesPrefix = "files/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>Writes the archive (never over an existing file) and a <c>.sha256</c> beside it, in <c>sha256sum</c>'s format.</summary>
    public async Task<BackupReport> WriteAsync(StoreLocation store, string archivePath, CancellationToken cancellationToken = default)
    {
        archivePath = Path.GetFullPath(archivePath);
        if (File.Exists(archivePath))
        {
            throw new BackupException($"{archivePath} already exists; a backup never overwrites a file.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(archivePath)!);
        var partial = archivePath + ".partial";
        var database = Path.Combine(Path.GetTempPath(), $"aes-backup-{Guid.NewGuid():N}");
        BackupManifest manifest;
        try
        {
            // The database first, the files after: a file is in place before the row naming it is committed, and files are
            // never changed or removed, so every file the copy names is found. Files added meanwhile are harmless extras.
            if (store.Provider == StoreProvider.PostgreSql)
            {
                await RunAsync(options.Value.PgDump, ["--format=custom", "--no-owner", "--no-privileges", "--file", database], store.ConnectionString, cancellationToken);
            }
            else
            {
                CopySqlite(store.ConnectionString, database);
            }

            var files = StoredFiles(store.FilesRoot).ToList();
            manifest = new BackupManifest(Format, store.Provider, time.GetUtcNow().UtcDateTime, files.Count);
            await using (var output = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            await using (var zip = new ZipArchive(output, ZipArchiveMode.Create))
            {
                await using (var entry = await zip.CreateEntry(ManifestEntry).OpenAsync(cancellationToken))
                {
                    await JsonSerializer.SerializeAsync(entry, manifest, Json, cancellationToken);
                }

                await zip.CreateEntryFromFileAsync(database, store.Provider == StoreProvider.PostgreSql ? PostgreSqlEntry : SqliteEntry, CompressionLevel.Optimal, cancellationToken);
                foreach (var (path, sha256) in files)
                {
                    // PDFs, JPEGs and WebPs are compressed already: stored as they are.
                    await zip.CreateEntryFromFileAsync(path, $"{FilesPrefix}{sha256[..2]}/{sha256}", CompressionLevel.NoCompression, cancellationToken);
                }
            }

            File.Move(partial, archivePath);
        }
        finally
        {
            File.Delete(partial);
            File.Delete(database);
        }

        var digest = await Sha256Async(archivePath, cancellationToken);
        await File.WriteAllTextAsync(archivePath + ".sha256", $"{digest}  {Path.GetFileName(archivePath)}\n", cancellationToken);
        var bytes = new FileInfo(archivePath).Length;
        logger.LogInformation("Backup {Archive} written: {Provider} store, {Files} files, {Bytes} bytes, SHA-256 {Sha256}", archivePath, store.Provider, manifest.Files, bytes, digest);
        return new BackupReport(archivePath, digest, manifest.Files, bytes);
    }

    /// <summary>
    /// Restores an archive into an empty store of the same provider: refused, with nothing changed, when the archive is not
    /// the one expected, is not a backup, or names a file whose bytes do not match, or when the store already holds data.
    /// </summary>
    public async Task<BackupReport> RestoreAsync(string archivePath, StoreLocation target, string? expectedSha256 = null, CancellationToken cancellationToken = default)
    {
        archivePath = Path.GetFullPath(archivePath);
        if (!File.Exists(archivePath))
        {
            throw new BackupException($"{archivePath} does not exist.");
        }

        var digest = await Sha256Async(archivePath, cancellationToken);
        if (expectedSha256 is not null && !string.Equals(digest, expectedSha256.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupException($"{archivePath} has SHA-256 {digest}, not the {expectedSha256.Trim()} expected: it is not the archive that was written.");
        }

        ZipArchive zip;
        try
        {
            zip = await ZipArchive.CreateAsync(File.OpenRead(archivePath), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: null, cancellationToken);
        }
        catch (InvalidDataException)
        {
            throw new BackupException($"{archivePath} is not a ZIP archive.");
        }

        await using (zip)
        {
            var manifest = await ReadManifestAsync(zip, cancellationToken);
            if (manifest.Provider != target.Provider)
            {
                throw new BackupException($"The archive holds a {manifest.Provider} store; the portal is configured for {target.Provider}.");
            }

            var database = zip.GetEntry(target.Provider == StoreProvider.PostgreSql ? PostgreSqlEntry : SqliteEntry)
                ?? throw new BackupException("The archive holds no database.");
            var fileEntries = zip.Entries.Where(e => e.FullName.StartsWith(FilesPrefix, StringComparison.Ordinal)).ToList();
            if (fileEntries.Select(FileName).Any(name => name is null))
            {
                throw new BackupException("The archive holds a file outside the content-addressed layout; nothing was restored.");
            }

            await EnsureEmptyAsync(target, cancellationToken);

            // Each file is hashed as it is written, and kept only when its bytes are the ones its name promises.
            var staging = Path.Combine(target.FilesRoot, "incoming");
            Directory.CreateDirectory(staging);
            foreach (var entry in fileEntries)
            {
                var sha256 = FileName(entry)!;
                var destination = Path.Combine(target.FilesRoot, sha256[..2], sha256);
                if (File.Exists(destination))
                {
                    continue;
                }

                var temporary = Path.Combine(staging, Guid.NewGuid().ToString("N"));
                await ExtractAsync(entry, temporary, cancellationToken);
                if (await Sha256Async(temporary, cancellationToken) != sha256)
                {
                    File.Delete(temporary);
                    throw new BackupException($"The archive's file {sha256} does not hold the bytes its name promises; the database was not restored.");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(temporary, destination, overwrite: true);
            }

            var temporaryDatabase = Path.Combine(Path.GetTempPath(), $"aes-restore-{Guid.NewGuid():N}");
            try
            {
                await ExtractAsync(database, temporaryDatabase, cancellationToken);
                if (target.Provider == StoreProvider.PostgreSql)
                {
                    await StartupLock.CreateDatabaseIfMissingAsync(target.ConnectionString, cancellationToken);
                    await RunAsync(options.Value.PgRestore, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", temporaryDatabase], target.ConnectionString, cancellationToken);
                }
                else
                {
                    var path = SqlitePath(target.ConnectionString);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.Move(temporaryDatabase, path, overwrite: true);
                }
            }
            finally
            {
                File.Delete(temporaryDatabase);
            }

            logger.LogInformation("Backup {Archive} (SHA-256 {Sha256}, written {WrittenUtc}) restored: {Files} files", archivePath, digest, manifest.CreatedUtc, fileEntries.Count);
            return new BackupReport(archivePath, digest, fileEntries.Count, new FileInfo(archivePath).Length);
        }
    }

    /// <summary>The content-addressed files under <paramref name="root"/> (<c>ab/ab12…</c>), staged uploads left out.</summary>
    private static IEnumerable<(string Path, string Sha256)> StoredFiles(string root)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var prefix = Path.GetFileName(folder);
            foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                if (IsSha256(name) && name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    yield return (path, name);
                }
            }
        }
    }

    /// <summary>The SHA-256 an entry is named by, or null when it is not exactly <c>files/ab/ab12…</c> (no other path is ever written).</summary>
    private static string? FileName(ZipArchiveEntry entry)
    {
        var parts = entry.FullName[FilesPrefix.Length..].Split('/');
        return parts is [var prefix, var name] && IsSha256(name) && name.StartsWith(prefix, StringComparison.Ordinal) && prefix.Length == 2 ? name : null;
    }

    private static bool IsSha256(string name) => name.Length == 64 && name.All(char.IsAsciiHexDigitLower);

    private static async Task<BackupManifest> ReadManifestAsync(ZipArchive zip, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(ManifestEntry) ?? throw new BackupException("The archive is not a portal backup (no backup.json).");
        try
        {
            await using var stream = await entry.OpenAsync(cancellationToken);
            var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
            return manifest is { Format: Format } ? manifest : throw new BackupException($"The archive's format is not {Format}.");
        }
        catch (JsonException)
        {
            throw new BackupException("The archive's backup.json cannot be read.");
        }
    }

    private static async Task EnsureEmptyAsync(StoreLocation target, CancellationToken cancellationToken)
    {
        if (target.Provider == StoreProvider.Sqlite)
        {
            var path = SqlitePath(target.ConnectionString);
            if (File.Exists(path) && new FileInfo(path).Length > 0)
            {
                throw new BackupException($"{path} already exists; a restore goes into an empty store only.");
            }

            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false };
        var database = builder.Database;
        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database ?? "");
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            return;
        }

        await using var store = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false }.ConnectionString);
        await store.OpenAsync(cancellationToken);
        await using var tables = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", store);
        if ((long)(await tables.ExecuteScalarAsync(cancellationToken))! > 0)
        {
            throw new BackupException($"The database {database} already holds tables; a restore goes into an empty store only.");
        }
    }

    private static string SqlitePath(string connectionString) => Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    private static void CopySqlite(string connectionString, string destination)
    {
        using var source = new SqliteConnection(connectionString);
        source.Open();
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
        copy.Open();
        // SQLite's online backup: a consistent snapshot, taken while the portal goes on reading and writing.
        source.BackupDatabase(copy);
    }

    private static async Task ExtractAsync(ZipArchiveEntry entry, string destination, CancellationToken cancellationToken)
    {
        await using var input = await entry.OpenAsync(cancellationToken);
        await using var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        await input.CopyToAsync(output, cancellationToken);
    }

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>Runs one of PostgreSQL's tools, the connection given through libpq's variables (a password never on a command line).</summary>
    private static async Task RunAsync(string tool, string[] arguments, string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGSSLMODE"] = connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };
        if (tool.EndsWith("pg_restore", StringComparison.Ordinal))
        {
            start.ArgumentList.Add($"--dbname={connection.Database}");
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BackupException($"{tool} could not be started.");
        }
        catch (Win32Exception)
        {
            throw new BackupException($"{tool} was not found: install PostgreSQL's client tools (Debian's postgresql-client), or set Backup:{(tool.EndsWith("pg_restore", StringComparison.Ordinal) ? "PgRestore" : "PgDump")}.");
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new BackupException($"{tool} failed (exit {process.ExitCode}): {(await errors).Trim()} {(await output).Trim()}".Trim());
            }
        }
    }
}

/// <summary>Where a portal's store is: its database and its folder of files.</summary>
public sealed record StoreLocation(StoreProvider Provider, string ConnectionString, string FilesRoot)
{
    /// <summary>The store the portal is configured for, as its context and file store resolve it.</summary>
    public static StoreLocation Of(IServiceProvider services)
    {
        var db = services.GetRequiredService<SummitDbContext>();
        return new StoreLocation(
            services.GetRequiredService<IOptions<StoreOptions>>().Value.Provider,
            db.Database.GetConnectionString() ?? throw new InvalidOperationException("The store has no connection string."),
            services.GetRequiredService<Files.FileStore>().Root);
    }
}

/// <summary>What a backup wrote, or a restore read: the archive, its SHA-256, how many files it holds and its size.</summary>
public sealed record BackupReport(string Archive, string Sha256, int Files, long Bytes);

/// <summary>The archive's <c>backup.json</c>.</summary>
public sealed record BackupManifest(int Format, StoreProvider Provider, DateTime CreatedUtc, int Files);

/// <summary>A backup or a restore refused, with the reason for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>The <c>Backup</c> configuration section: PostgreSQL's own tools, when they are not on the PATH.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    [System.ComponentModel.DataAnnotations.Required]
    public string PgDump { get; set; } = "pg_dump";

    [System.ComponentModel.DataAnnotations.Required]
    public string PgRestore { get; set; } = "pg_restore";
}
