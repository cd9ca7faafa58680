using System.Text.RegularExpressions;
using System.Xml.Linq;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Resources;

public sealed partial class LocalizationTests
{
    private static HashSet<string> ResourceKeys() =>
        XDocument.Load(Path.Combine(Repository.Root, "src/AesSummit.Web/Resources/SharedResource.resx"))
            .Descendants("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void EveryStringAPageAsksFor_IsInTheFrenchResources()
    {
        var keys = ResourceKeys();
        var pages = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src/AesSummit.Web/Pages"), "*.cshtml", SearchOption.AllDirectories);

        var missing = pages
            .SelectMany(page => LocalizerKey().Matches(File.ReadAllText(page)).Select(m => (page: Path.GetFileName(page), key: m.Groups[1].Value)))
            .Where(k => !keys.Contains(k.key))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryEnumValueShown_HasALabel()
    {
        var keys = ResourceKeys();
        var wanted = Labels<PhaseState>().Concat(Labels<SessionKind>()).Concat(Labels<SessionStatus>())
            .Concat(Labels<TextKind>()).Concat(Pillars.All.Select(p => $"Pillar.{p}"));

        var missing = wanted.Where(k => !keys.Contains(k)).ToList();

        Assert.True(missing.Count == 0, $"No label for: {string.Join(", ", missing)}");
    }

    private static IEnumerable<string> Labels<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => $"{typeof(TEnum).Name}.{v}");

    [GeneratedRegex("L\\[\"([^\"]+)\"")]
    private static partial Regex LocalizerKey();
}
