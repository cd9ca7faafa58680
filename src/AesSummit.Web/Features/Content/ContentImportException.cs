namespace AesSummit.Web.Features.Content;

/// <summary>A content file the import cannot accept; names the file and, where known, the line.</summary>
public sealed class ContentImportException : Exception
{
    public ContentImportException(string file, int? line, string problem, Exception? inner = null)
        : base(line is null ? $"{file}: {problem}" : $"{file}, line {line}: {problem}", inner)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Path of the file, relative to the content folder.</summary>
    public string File { get; }

    public int? Line { get; }

    public string Problem { get; }
}
