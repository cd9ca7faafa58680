namespace AesSummit.Web.Features.Publishing;

/// <summary>A workflow move the item refuses; <see cref="Reason"/> is a resource key the pages translate.</summary>
public sealed class WorkflowException(WorkflowRefusal reason) : InvalidOperationException($"Workflow move refused: {reason}")
{
    public WorkflowRefusal Reason { get; } = reason;
}

/// <summary>Why a workflow move was refused.</summary>
public enum WorkflowRefusal
{
    WrongState,
    NotAllowed,
    NotTheAuthor,
    FourEyes,
    ReasonRequired,
    ReasonTooLong,
    FileRequired,

    /// <summary>The move names a file (or a version) other than the one there now: someone changed it since the page was shown.</summary>
    NotWhatWasSeen,

    /// <summary>A publication time already gone by: the validator meant another time, and nothing is published by surprise.</summary>
    PublicationTimePassed,

    /// <summary>A correction of a published item goes to the Secretariat with a public note of what it changes.</summary>
    ChangeNoteRequired,

    /// <summary>A proposed edition that changes nothing of what the public sees.</summary>
    NothingChanged,

    /// <summary>An image of the item has neither an alternative text nor the "decorative" choice.</summary>
    AltTextRequired,
}
