using System.Text.RegularExpressions;
using System.Xml.Linq;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Resources;

/// <summary>
/// Every language's resource file is the French one's twin (every key, the same placeholders), and a language is added by
/// configuration and a resource file alone.
/// </summary>
public sealed partial class LanguageResourcesTests : IDisposable
{
    private static readonly string Folder = Path.Combine(Repository.Root, "src/AesSummit.Web/Resources");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Descendants("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static List<string> TranslationFiles() =>
        [.. Directory.EnumerateFiles(Folder, "SharedResource.*.resx").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Translations() => [.. TranslationFiles()];

    [Fact]
    public void English_HasItsResourceFile() =>
        Assert.Contains("SharedResource.en.resx", TranslationFiles());

    [Theory]
    [MemberData(nameof(Translations))]
    public void EveryFrenchString_HasItsTwinWithTheSamePlaceholders(string file)
    {
        var french = Strings("SharedResource.resx");
        var translated = Strings(file);

        Assert.Empty(french.Keys.Except(translated.Keys).Select(k => $"missing in {file}: {k}"));
        Assert.Empty(translated.Keys.Except(french.Keys).Select(k => $"not in the French file: {k}"));
        Assert.Empty(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"empty in {file}: {t.Key}"));
        Assert.Empty(french.Where(f => !Placeholders(f.Value).SequenceEqual(Placeholders(translated[f.Key]))).Select(f => $"placeholders differ: {f.Key}"));
    }

    private static IEnumerable<string> Placeholders(string value) => Placeholder().Matches(value).Select(m => m.Value).Order(StringComparer.Ordinal);

    [Fact]
    public async Task AThirdLanguage_IsAddedByConfigurationAndAResourceFileAlone()
    {
        var resources = _folder.File("resources");
        Directory.CreateDirectory(resources);
        foreach (var file in Directory.EnumerateFiles(Folder, "*.resx"))
        {
            File.Copy(file, Path.Combine(resources, Path.GetFileName(file)));
        }

        // A translator's Fulfulde file: here the English one with the words the test looks for.
        var fulfulde = XDocument.Load(Path.Combine(Folder, "SharedResource.en.resx"));
        fulfulde.Descendants("data").Single(d => (string)d.Attribute("name")! == "Language.Self").Element("value")!.Value = "Fulfulde";
        fulfulde.Descendants("data").Single(d => (string)d.Attribute("name")! == "Nav.Programme").Element("value")!.Value = "Porogaraam";
        fulfulde.Save(Path.Combine(resources, "SharedResource.ff.resx"));
        using var portal = new SummitAppFactory(settings: new Dictionary<string, string>
        {
            ["Languages:Supported:2"] = "ff",
            ["Languages:ResourcesPath"] = resources,
        });

        var page = await portal.Client().GetDocumentAsync("/ff/programme");
        var french = await portal.Client().GetDocumentAsync("/programme");

        Assert.Equal("ff", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Porogaraam", page.Texts("header nav .nav a"));
        Assert.Equal("Fulfulde", french.QuerySelector("nav.languages a[hreflang=ff]")!.TextContent);
        Assert.Contains("ff", french.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")));
    }

    [Fact]
    public void ALanguageWithoutItsResourceFile_StopsTheStart()
    {
        using var portal = new SummitAppFactory(settings: new Dictionary<string, string> { ["Languages:Supported:2"] = "ff" });

        var refusal = Assert.ThrowsAny<Exception>(() => portal.Client());

        Assert.Contains("SharedResource.ff.resx", refusal.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("en-GB/x")]
    public void AnUnreadableLanguageCode_StopsTheStart(string code)
    {
        using var portal = new SummitAppFactory(settings: new Dictionary<string, string> { ["Languages:Supported:2"] = code });

        var refusal = Assert.ThrowsAny<Exception>(() => portal.Client());

        Assert.Contains("is not a language code", refusal.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
