using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Infrastructure.Languages;

/// <summary>The configured languages, read once: the default first, each with its culture and its address prefix.</summary>
public sealed partial class PortalLanguages
{
    public PortalLanguages(IOptions<LanguageOptions> options)
    {
        var codes = options.Value.Supported.Length > 0 ? options.Value.Supported : ["fr"];
        foreach (var code in codes)
        {
            if (!Code().IsMatch(code))
            {
                throw new OptionsValidationException(LanguageOptions.Section, typeof(LanguageOptions), [$"Languages:Supported: « {code} » is not a language code (two or three lower-case letters)."]);
            }
        }

        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Length)
        {
            throw new OptionsValidationException(LanguageOptions.Section, typeof(LanguageOptions), ["Languages:Supported names a language twice."]);
        }

        All = codes;
        Default = codes[0];
        Cultures = codes.Select(CultureInfo.GetCultureInfo).ToArray();
    }

    /// <summary>Every language, the default first.</summary>
    public IReadOnlyList<string> All { get; }

    /// <summary>The language of the unprefixed addresses.</summary>
    public string Default { get; }

    public IReadOnlyList<CultureInfo> Cultures { get; }

    /// <summary>The languages that live under a prefix.</summary>
    public IEnumerable<string> Prefixed => All.Skip(1);

    /// <summary>The path base of a language: empty for the default, <c>/en</c> for English.</summary>
    public string PathBase(string code) => code == Default ? string.Empty : "/" + code;

    /// <summary>The language of the current request (its UI culture's, or the default).</summary>
    public string Current => All.FirstOrDefault(c => c == CultureInfo.CurrentUICulture.TwoLetterISOLanguageName || c == CultureInfo.CurrentUICulture.Name) ?? Default;

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex Code();
}
