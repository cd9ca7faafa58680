namespace AesSummit.Web.Features.Publishing;

/// <summary>What an audit entry records.</summary>
public enum WorkflowAction
{
    Imported = 0,
    Created = 1,
    Edited = 2,
    Submitted = 3,
    Validated = 4,
    SentBack = 5,
    Withdrawn = 6,
    FileProposed = 7,
    FileValidated = 8,
    FileDeclined = 9,

    /// <summary>A validation for later, taken back before its time: the item waits for validation again.</summary>
    Unscheduled = 10,
}
