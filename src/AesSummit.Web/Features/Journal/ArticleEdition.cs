using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Journal;

/// <summary>Where a correction of a published article stands.</summary>
public enum EditionStatus
{
    Draft = 0,
    Submitted = 1,
    SentBack = 2,
    Validated = 3,
}

/// <summary>
/// A correction of a published article, as GOV.UK's publisher has them: a writer starts it from the published words, the
/// public keeps reading the published edition until the Permanent Secretariat validates this one (four eyes as always),
/// and the validated correction carries a public change note. Fixing a typo never needs a withdrawal.
/// </summary>
public sealed class ArticleEdition : IVersioned
{
    private ArticleEdition()
    {
    }

    internal ArticleEdition(Article article, Actor author, DateTime nowUtc)
    {
        ArticleId = article.Id;
        Title = article.Title;
        Summary = article.Summary;
        BodyMarkdown = article.BodyMarkdown;
        BodyHtml = article.BodyHtml;
        AuthorId = author.UserId;
        AuthorName = author.Name;
        CreatedAtUtc = nowUtc;
        Status = EditionStatus.Draft;
    }

    /// <summary>The longest public change note.</summary>
    public const int MaxChangeNoteLength = 500;

    public long Id { get; private set; }

    public int ArticleId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    public string BodyMarkdown { get; private set; } = string.Empty;

    public string BodyHtml { get; private set; } = string.Empty;

    /// <summary>What the correction changes, for the public: "Mis à jour le … : {note}".</summary>
    public string ChangeNote { get; private set; } = string.Empty;

    public string AuthorId { get; private set; } = string.Empty;

    public string AuthorName { get; private set; } = string.Empty;

    public EditionStatus Status { get; private set; }

    public string? SendBackReason { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public Guid Version { get; set; }

    public bool IsOpen => Status != EditionStatus.Validated;

    public bool CanBeEditedBy(Actor actor) =>
        Status is EditionStatus.Draft or EditionStatus.SentBack && actor.IsIn(Roles.Writer) && actor.UserId == AuthorId;

    /// <summary>The author changes the correction's words and its change note.</summary>
    public void Edit(string title, string summary, string bodyMarkdown, string bodyHtml, string changeNote, Actor by)
    {
        RequireEditableBy(by);
        Title = title;
        Summary = summary;
        BodyMarkdown = bodyMarkdown;
        BodyHtml = bodyHtml;
        ChangeNote = changeNote.Trim();
    }

    /// <summary>The author sends the correction to the Permanent Secretariat; it needs a change note.</summary>
    public void Submit(Actor by)
    {
        RequireEditableBy(by);
        if (string.IsNullOrWhiteSpace(ChangeNote))
        {
            throw new WorkflowException(WorkflowRefusal.ChangeNoteRequired);
        }

        Status = EditionStatus.Submitted;
        SendBackReason = null;
    }

    internal void SendBack(string reason)
    {
        if (Status != EditionStatus.Submitted)
        {
            throw new WorkflowException(WorkflowRefusal.WrongState);
        }

        Status = EditionStatus.SentBack;
        SendBackReason = reason;
    }

    internal void MarkValidated()
    {
        if (Status != EditionStatus.Submitted)
        {
            throw new WorkflowException(WorkflowRefusal.WrongState);
        }

        Status = EditionStatus.Validated;
    }

    private void RequireEditableBy(Actor by)
    {
        if (!by.IsIn(Roles.Writer))
        {
            throw new WorkflowException(WorkflowRefusal.NotAllowed);
        }

        if (by.UserId != AuthorId)
        {
            throw new WorkflowException(WorkflowRefusal.NotTheAuthor);
        }

        if (Status is not (EditionStatus.Draft or EditionStatus.SentBack))
        {
            throw new WorkflowException(WorkflowRefusal.WrongState);
        }
    }
}
