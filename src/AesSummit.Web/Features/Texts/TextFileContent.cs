using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Files;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Features.Texts;

/// <summary>
/// The bytes of a text's file, streamed: from disk, or, in a store whose files have not been moved out of the database yet
/// (a read-only one), straight from the database row, a block at a time.
/// </summary>
public sealed class TextFileContent(FileStore files, SummitDbContext db)
{
    /// <summary>The file on disk, or null when it is not there.</summary>
    public string? PathOf(string sha256) => files.Contains(sha256) ? files.PathOf(sha256) : null;

    /// <summary>A seekable stream over the bytes, or null when the store has none.</summary>
    public async Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken = default)
    {
        if (PathOf(sha256) is { } path)
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }

        // Only SQLite stores were made before the files went to disk.
        if (!db.Database.IsSqlite())
        {
            return null;
        }

        // The request's connection stays open for the blob; the request's scope closes it.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM StoredFiles WHERE Sha256 = $sha256 AND length(Content) > 0";
        command.Parameters.AddWithValue("$sha256", sha256);
        return await command.ExecuteScalarAsync(cancellationToken) is long rowid
            ? new SqliteBlob(connection, "StoredFiles", nameof(StoredFile.Content), rowid, readOnly: true)
            : null;
    }

    /// <summary>
    /// Moves the files that an older store kept in the database to disk, each checked against its SHA-256 on the way, and
    /// empties their rows. Runs at start-up; a file is never removed from the database before it is safe on disk.
    /// </summary>
    /// <returns>How many files were moved.</returns>
    public static async Task<int> MoveToDiskAsync(SummitDbContext db, FileStore files, ILogger logger, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            return 0;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var rows = new List<(long RowId, string Sha256)>();
            await using (var select = connection.CreateCommand())
            {
                select.CommandText = "SELECT rowid, Sha256 FROM StoredFiles WHERE length(Content) > 0";
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add((reader.GetInt64(0), reader.GetString(1)));
                }
            }

            var moved = 0;
            foreach (var (rowId, sha256) in rows)
            {
                if (!files.Contains(sha256))
                {
                    await using var blob = new SqliteBlob(connection, "StoredFiles", nameof(StoredFile.Content), rowId, readOnly: true);
                    await using var staged = await files.StageAsync(blob, long.MaxValue, cancellationToken);
                    if (staged!.Sha256 != sha256)
                    {
                        logger.LogError("Stored file {Sha256} does not match its checksum ({Actual}); left in the database", sha256, staged.Sha256);
                        continue;
                    }

                    staged.Keep();
                }

                await using var empty = connection.CreateCommand();
                empty.CommandText = "UPDATE StoredFiles SET Content = x'' WHERE rowid = $rowid";
                empty.Parameters.AddWithValue("$rowid", rowId);
                await empty.ExecuteNonQueryAsync(cancellationToken);
                moved++;
            }

            if (moved > 0)
            {
                logger.LogInformation("{Count} files moved from the database to {Folder}", moved, files.Root);
            }

            return moved;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
