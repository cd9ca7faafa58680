using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Journal;

/// <summary>The Confederation's fields of action; an article may touch several.</summary>
[Flags]
public enum Pillar
{
    None = 0,
    [Slug("defense-securite")] DefenceAndSecurity = 1,
    [Slug("diplomatie")] Diplomacy = 2,
    [Slug("developpement")] Development = 4,
    [Slug("communication-mobilisation")] CommunicationAndMobilisation = 8,
}

/// <summary>Helpers for pillar sets.</summary>
public static class Pillars
{
    public static readonly IReadOnlyList<Pillar> All =
        [Pillar.DefenceAndSecurity, Pillar.Diplomacy, Pillar.Development, Pillar.CommunicationAndMobilisation];

    public static IEnumerable<Pillar> Split(Pillar set) => All.Where(p => set.HasFlag(p));
}
