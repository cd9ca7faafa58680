using System.Collections.Frozen;
using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Infrastructure.Languages;

/// <summary>
/// The UI's strings, read at start-up from the <c>.resx</c> files of <see cref="LanguageOptions.ResourcesPath"/>:
/// <c>SharedResource.resx</c> (French, the neutral language) and one <c>SharedResource.{code}.resx</c> per other language.
/// Files, not compiled satellite assemblies, so that translators add a language without a build. A configured language
/// without its file stops the start.
/// </summary>
public sealed class ResourceFileLocalizerFactory : IStringLocalizerFactory
{
    public const string BaseName = "SharedResource";

    private readonly ResourceFileLocalizer _localizer;

    public ResourceFileLocalizerFactory(IOptions<LanguageOptions> options, PortalLanguages languages, IHostEnvironment environment)
    {
        var folder = Path.GetFullPath(options.Value.ResourcesPath, environment.ContentRootPath);
        var neutral = Read(Path.Combine(folder, $"{BaseName}.resx"));
        var byLanguage = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var code in languages.All)
        {
            var file = Path.Combine(folder, $"{BaseName}.{code}.resx");
            if (File.Exists(file))
            {
                byLanguage[code] = Read(file);
            }
            else if (code != languages.Default)
            {
                throw new OptionsValidationException(LanguageOptions.Section, typeof(LanguageOptions), [$"The language « {code} » is configured but {file} does not exist."]);
            }
        }

        _localizer = new ResourceFileLocalizer(neutral, byLanguage.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The strings of one file, by key.</summary>
    public static FrozenDictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToFrozenDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    /// <summary>A string in a given language, whatever the request's (a language's own name, in the switcher).</summary>
    public string InLanguage(string code, string name) => _localizer.InLanguage(code, name);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}

/// <summary>Looks a key up in the current UI culture's strings (then its parent's), falling back on the neutral French.</summary>
public sealed class ResourceFileLocalizer(FrozenDictionary<string, string> neutral, FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage) : IStringLocalizer
{
    public LocalizedString this[string name] =>
        Find(name) is { } value ? new LocalizedString(name, value) : new LocalizedString(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        Find(name) is { } value
            ? new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, value, arguments))
            : new LocalizedString(name, name, resourceNotFound: true);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        neutral.Keys.Select(key => this[key]);

    public string InLanguage(string code, string name) =>
        (byLanguage.TryGetValue(code, out var strings) && strings.TryGetValue(name, out var value)) || neutral.TryGetValue(name, out value) ? value : name;

    private string? Find(string name)
    {
        for (var culture = CultureInfo.CurrentUICulture; !Equals(culture, CultureInfo.InvariantCulture); culture = culture.Parent)
        {
            if (byLanguage.TryGetValue(culture.Name, out var strings) && strings.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return neutral.TryGetValue(name, out var fallback) ? fallback : null;
    }
}
