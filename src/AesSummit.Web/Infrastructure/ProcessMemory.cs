using System.Runtime.InteropServices;

namespace AesSummit.Web.Infrastructure;

/// <summary>Gives back to the system what the start-up (migrations, the content import, the search index) used and freed.</summary>
public static class ProcessMemory
{
    /// <summary>
    /// Collects the managed garbage, then asks glibc to return its freed native memory (libvips' and SQLite's, left in malloc's
    /// arenas by the import: about 100 MB on the real content), so that it is not counted against the portal for its whole life.
    /// </summary>
    public static void ReleaseAfterStartup()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl, for one): nothing to trim this way.
        }
    }

    [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
