namespace AesSummit.Web.Features.Publishing;

/// <summary>One line of an item's audit trail: who did what, when, from which state to which, and why. Never changed, never deleted.</summary>
public abstract class AuditEntry
{
    protected AuditEntry()
    {
    }

    protected AuditEntry(AuditRecord record)
    {
        AtUtc = record.AtUtc;
        ActorId = record.ActorId;
        ActorName = record.ActorName;
        Action = record.Action;
        FromStatus = record.From;
        ToStatus = record.To;
        Note = record.Note;
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>The account's id; null for the content import.</summary>
    public string? ActorId { get; private set; }

    /// <summary>The account's name at the time, kept even if the account is later disabled.</summary>
    public string ActorName { get; private set; } = string.Empty;

    public WorkflowAction Action { get; private set; }

    public PublicationStatus? FromStatus { get; private set; }

    public PublicationStatus ToStatus { get; private set; }

    /// <summary>The reason for a send-back, the explanation of a withdrawal, or what an edit changed.</summary>
    public string? Note { get; private set; }
}
