using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Programme;

/// <summary>Whether a session holds as first announced.</summary>
public enum SessionStatus
{
    [Slug("prevue")] Scheduled = 0,
    [Slug("modifiee")] Changed = 1,
    [Slug("reportee")] Postponed = 2,
    [Slug("annulee")] Cancelled = 3,
}
