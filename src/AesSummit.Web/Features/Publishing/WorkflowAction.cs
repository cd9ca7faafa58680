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

    /// <summary>A writer started a correction of the published item; the public keeps the published words meanwhile.</summary>
    EditionStarted = 11,

    /// <summary>The Secretariat validated a correction: it is the public text now, with its change note.</summary>
    EditionValidated = 12,

    /// <summary>The Secretariat sent a correction back to its writer, with a reason.</summary>
    EditionSentBack = 13,

    /// <summary>A writer sent a correction to the Secretariat.</summary>
    EditionSubmitted = 14,
}
