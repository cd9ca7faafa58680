namespace AesSummit.Web.Features.Publishing;

/// <summary>Where an article or an official text stands in the Secretariat's validation workflow.</summary>
public enum PublicationStatus
{
    Draft = 0,
    Submitted = 1,
    SentBack = 2,
    Published = 3,
    Withdrawn = 4,
}
