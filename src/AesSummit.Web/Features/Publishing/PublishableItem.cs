using AesSummit.Web.Features.Accounts;

namespace AesSummit.Web.Features.Publishing;

/// <summary>
/// The validation workflow shared by articles and official texts. Brouillon → Soumis → Publié, with
/// Soumis → Renvoyé → Soumis and Publié → Retiré. Every move checks the state and the actor, refuses
/// an illegal one with a <see cref="WorkflowException"/>, and appends an audit entry.
/// </summary>
public abstract class PublishableItem : IPublishable, IVersioned
{
    public PublicationStatus Status { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public string? AuthorId { get; private set; }

    public string? AuthorName { get; private set; }

    /// <summary>Who last changed the content; with the author, barred from validating it.</summary>
    public string? LastEditedById { get; private set; }

    public string? ValidatedById { get; private set; }

    /// <summary>Who validated (a person, or the Secrétariat Permanent for reviewed content).</summary>
    public string? ValidatedBy { get; private set; }

    public DateTime? ValidatedAtUtc { get; private set; }

    /// <summary>Why the Permanent Secretariat sent it back; shown to the author until resubmitted.</summary>
    public string? SendBackReason { get; private set; }

    /// <summary>The public notice shown instead of a withdrawn item.</summary>
    public string? WithdrawalExplanation { get; private set; }

    public DateTime? WithdrawnAtUtc { get; private set; }

    public Guid Version { get; set; }

    public bool IsEditable => Status is PublicationStatus.Draft or PublicationStatus.SentBack;

    public bool CanBeEditedBy(Actor actor) =>
        IsEditable && actor.IsIn(Roles.Writer) && actor.UserId == AuthorId;

    /// <summary>Why <paramref name="actor"/> may not edit the item now (a resource key of its own), or null when they may.</summary>
    public string? EditRefusal(Actor actor) =>
        CanBeEditedBy(actor) ? null
        : !actor.IsIn(Roles.Writer) ? "Edit.Refused.NotWriter"
        : Status switch
        {
            PublicationStatus.Submitted => "Edit.Refused.Submitted",
            PublicationStatus.Published => "Edit.Refused.Published",
            PublicationStatus.Withdrawn => "Edit.Refused.Withdrawn",
            _ => "Edit.Refused.NotAuthor",
        };

    public bool CanBeValidatedBy(Actor actor) =>
        Status == PublicationStatus.Submitted && actor.IsIn(Roles.PermanentSecretariat) && !IsOwnWork(actor);

    public void Submit(Actor by, DateTime nowUtc)
    {
        RequireRole(by, Roles.Writer);
        RequireAuthor(by);
        RequireState(PublicationStatus.Draft, PublicationStatus.SentBack);
        CheckReadyToSubmit();
        Move(by, nowUtc, WorkflowAction.Submitted, PublicationStatus.Submitted, null);
    }

    /// <summary>Refuses a submission the item is not ready for; nothing is missing by default.</summary>
    protected virtual void CheckReadyToSubmit()
    {
    }

    /// <summary>How far in the past a chosen publication time may be and still mean "now": the form's field counts in minutes.</summary>
    public static readonly TimeSpan PublicationTimeTolerance = TimeSpan.FromMinutes(1);

    /// <param name="publishAtUtc">When the public sees it; now if null. A time already past (beyond the current minute) is refused.</param>
    public void Validate(Actor by, DateTime nowUtc, DateTime? publishAtUtc = null)
    {
        RequireRole(by, Roles.PermanentSecretariat);
        RequireState(PublicationStatus.Submitted);
        if (IsOwnWork(by))
        {
            throw new WorkflowException(WorkflowRefusal.FourEyes);
        }

        if (publishAtUtc is { } chosen && chosen < nowUtc - PublicationTimeTolerance)
        {
            throw new WorkflowException(WorkflowRefusal.PublicationTimePassed);
        }

        PublishedAtUtc = publishAtUtc is { } at && at > nowUtc ? at : nowUtc;
        ValidatedById = by.UserId;
        ValidatedBy = by.Name;
        ValidatedAtUtc = nowUtc;
        SendBackReason = null;
        Move(by, nowUtc, WorkflowAction.Validated, PublicationStatus.Published, null);
    }

    public void SendBack(Actor by, string reason, DateTime nowUtc)
    {
        RequireRole(by, Roles.PermanentSecretariat);
        RequireState(PublicationStatus.Submitted);
        var text = RequireText(reason);
        SendBackReason = text;
        Move(by, nowUtc, WorkflowAction.SentBack, PublicationStatus.SentBack, text);
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may delete the item: a draft, never submitted (nothing goes back to Brouillon), of
    /// their own. Nothing else is ever deleted.
    /// </summary>
    public bool CanBeDeletedBy(Actor actor) =>
        Status == PublicationStatus.Draft && actor.IsIn(Roles.Writer) && actor.UserId == AuthorId;

    /// <summary>Refuses the deletion of anything but the actor's own draft that was never submitted.</summary>
    public void EnsureDeletableBy(Actor actor)
    {
        RequireRole(actor, Roles.Writer);
        RequireState(PublicationStatus.Draft);
        RequireAuthor(actor);
    }

    /// <summary>Whether the item is validated for a time still to come: published for staff, not yet for the public.</summary>
    public bool IsScheduledAt(DateTime nowUtc) => Status == PublicationStatus.Published && PublishedAtUtc > nowUtc;

    /// <summary>
    /// The Permanent Secretariat takes back a validation for later before the public has seen anything: the item waits for
    /// validation again, as submitted. Once its time has come it is public, and only a withdrawal takes it back.
    /// </summary>
    public void Unschedule(Actor by, DateTime nowUtc)
    {
        RequireRole(by, Roles.PermanentSecretariat);
        if (!IsScheduledAt(nowUtc))
        {
            throw new WorkflowException(WorkflowRefusal.WrongState);
        }

        PublishedAtUtc = null;
        ValidatedById = null;
        ValidatedBy = null;
        ValidatedAtUtc = null;
        Move(by, nowUtc, WorkflowAction.Unscheduled, PublicationStatus.Submitted, null);
    }

    public void Withdraw(Actor by, string explanation, DateTime nowUtc)
    {
        RequireRole(by, Roles.PermanentSecretariat);
        RequireState(PublicationStatus.Published);
        var text = RequireText(explanation);
        WithdrawalExplanation = text;
        WithdrawnAtUtc = nowUtc;
        Move(by, nowUtc, WorkflowAction.Withdrawn, PublicationStatus.Withdrawn, text);
    }

    /// <summary>Starts the item as its author's draft.</summary>
    protected void BeginDraft(Actor author, DateTime nowUtc)
    {
        RequireRole(author, Roles.Writer);
        AuthorId = author.UserId;
        AuthorName = author.Name;
        LastEditedById = author.UserId;
        Status = PublicationStatus.Draft;
        Record(new AuditRecord(nowUtc, author.UserId, author.Name, WorkflowAction.Created, null, PublicationStatus.Draft, null));
    }

    /// <summary>Checks that <paramref name="by"/> may change the content now, and records the edit.</summary>
    protected void BeginEdit(Actor by, DateTime nowUtc, string? note = null)
    {
        RequireRole(by, Roles.Writer);
        RequireAuthor(by);
        RequireState(PublicationStatus.Draft, PublicationStatus.SentBack);
        LastEditedById = by.UserId;
        Record(new AuditRecord(nowUtc, by.UserId, by.Name, WorkflowAction.Edited, Status, Status, note));
    }

    /// <summary>Content that was reviewed before it was committed to <c>content/</c>: published as validated by <paramref name="validator"/>.</summary>
    /// <param name="recordedAtUtc">When the import happened, for the audit trail; by default the validation's time.</param>
    protected void PublishFromReviewedContent(string validator, DateTime validatedAtUtc, DateTime publishedAtUtc, DateTime? recordedAtUtc = null)
    {
        var from = Status;
        Status = PublicationStatus.Published;
        PublishedAtUtc = publishedAtUtc;
        ValidatedBy = validator;
        ValidatedById = null;
        ValidatedAtUtc = validatedAtUtc;
        Record(new AuditRecord(recordedAtUtc ?? validatedAtUtc, null, validator, WorkflowAction.Imported, from == PublicationStatus.Published ? from : null, PublicationStatus.Published, null));
    }

    protected void RecordAudit(Actor by, DateTime nowUtc, WorkflowAction action, string? note) =>
        Record(new AuditRecord(nowUtc, by.UserId, by.Name, action, Status, Status, note));

    /// <summary>Appends an entry to the item's own audit trail.</summary>
    protected abstract void Record(AuditRecord entry);

    protected static void RequireRole(Actor by, string role)
    {
        if (!by.IsIn(role))
        {
            throw new WorkflowException(WorkflowRefusal.NotAllowed);
        }
    }

    protected void RequireState(params PublicationStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new WorkflowException(WorkflowRefusal.WrongState);
        }
    }

    /// <summary>The longest reason or explanation kept: it is read in the audit trail and, for a withdrawal, by every visitor.</summary>
    public const int MaxReasonLength = 2000;

    protected static string RequireText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new WorkflowException(WorkflowRefusal.ReasonRequired);
        }

        // Browsers send line breaks as CRLF but count them as one character against maxlength: count them as one here too.
        var trimmed = text.ReplaceLineEndings("\n").Trim();
        return trimmed.Length > MaxReasonLength ? throw new WorkflowException(WorkflowRefusal.ReasonTooLong) : trimmed;
    }

    private bool IsOwnWork(Actor actor) => actor.UserId == AuthorId || actor.UserId == LastEditedById;

    private void RequireAuthor(Actor by)
    {
        if (by.UserId != AuthorId)
        {
            throw new WorkflowException(WorkflowRefusal.NotTheAuthor);
        }
    }

    private void Move(Actor by, DateTime nowUtc, WorkflowAction action, PublicationStatus to, string? note)
    {
        var from = Status;
        Status = to;
        Record(new AuditRecord(nowUtc, by.UserId, by.Name, action, from, to, note));
    }
}

/// <summary>What an audit entry says, before it is attached to its item.</summary>
public sealed record AuditRecord(DateTime AtUtc, string? ActorId, string ActorName, WorkflowAction Action, PublicationStatus? From, PublicationStatus To, string? Note);
