namespace AesSummit.Web.Features.Programme;

/// <summary>A phase's place relative to now: à venir, en cours, terminée.</summary>
public enum PhaseState
{
    Upcoming = 0,
    Ongoing = 1,
    Finished = 2,
}
