using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Programme;

/// <summary>What sort of meeting a session is.</summary>
public enum SessionKind
{
    [Slug("pleniere")] Plenary = 0,
    [Slug("commission")] Committee = 1,
    [Slug("bilaterale")] Bilateral = 2,
    [Slug("point-de-presse")] PressBriefing = 3,
    [Slug("ceremonie")] Ceremony = 4,
}
