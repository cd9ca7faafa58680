namespace AesSummit.Web.Tests.Support;

/// <summary>A folder of its own for one test (database, logs, a copy of the content), deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aes-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The tests' content without its translations: for a store taken back to before languages existed.</summary>
    public string CopyTestOriginals()
    {
        var content = CopyTestContent();
        Directory.Delete(System.IO.Path.Combine(content, "journal", "en"), recursive: true);
        return content;
    }

    /// <summary>Copies the tests' content folder here, so that a test may break it.</summary>
    public string CopyTestContent()
    {
        var target = File("content");
        foreach (var source in Directory.EnumerateFiles(TestContentPath, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(TestContentPath, source));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            System.IO.File.Copy(source, destination);
        }

        return target;
    }

    public static string TestContentPath => System.IO.Path.Combine(AppContext.BaseDirectory, "TestContent");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by SQLite's pool is left to the OS's temp cleaning.
        }
    }
}
