namespace AesSummit.Web.Features.Content;

/// <summary>Splits a Markdown file into its YAML front matter (between two <c>---</c> lines) and its body.</summary>
public static class FrontMatter
{
    public static (string Yaml, string Body) Split(string text, string file)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new ContentImportException(file, 1, "the file must start with a front matter block opened by '---'");
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0 && text.EndsWith("\n---", StringComparison.Ordinal))
        {
            end = text.Length - 4;
        }

        if (end < 0)
        {
            throw new ContentImportException(file, 1, "the front matter block is not closed by a '---' line");
        }

        var yaml = text[4..(end + 1)];
        var body = end + 5 <= text.Length ? text[(end + 5)..] : string.Empty;
        return (yaml, body.Trim('\n'));
    }
}
