using System.Globalization;
using System.Text;

namespace AesSummit.Web.Features.Publishing;

/// <summary>URL words made from titles: "Défense et Sécurité" → "defense-et-securite".</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    public static string From(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "sans-titre" : slug;
    }

    /// <summary>The slug for <paramref name="title"/>, with -2, -3… until <paramref name="isTaken"/> says it is free.</summary>
    public static async Task<string> UniqueAsync(string title, Func<string, Task<bool>> isTaken)
    {
        var root = From(title);
        var candidate = root;
        for (var n = 2; await isTaken(candidate); n++)
        {
            candidate = $"{root}-{n}";
        }

        return candidate;
    }
}
