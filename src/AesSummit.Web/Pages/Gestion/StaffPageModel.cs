using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion;

/// <summary>Base of the back-office pages: who acts, the clock, and a guarded save.</summary>
public abstract class StaffPageModel(SummitDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    protected SummitDbContext Db => db;

    protected IStringLocalizer<SharedResource> Localizer => localizer;

    protected Actor Me => Actor.From(User);

    protected DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    /// <summary>A draft is its author's alone until it is submitted: anyone else is answered as if it did not exist.</summary>
    protected bool MaySee(PublishableItem item) => item.Status != PublicationStatus.Draft || item.AuthorId == Me.UserId;

    /// <summary>Says on the next page that the action was done (the layout shows it to signed-in staff), without JavaScript.</summary>
    protected void Confirm(string key, params object[] arguments) => TempData[Flash.Key] = localizer[key, arguments].Value;

    /// <summary>
    /// 403 for an edit the item's state or author does not allow, with the reason, which the French error page (re-executed on
    /// the same request) shows instead of a bare "Accès refusé".
    /// </summary>
    protected IActionResult RefuseEdit(string reasonKey)
    {
        HttpContext.Items[ErreurModel.ReasonKey] = localizer[reasonKey].Value;
        return Forbid();
    }

    /// <summary>Why the last action was refused, in French; the page shows it.</summary>
    public string? ErrorMessage { get; protected set; }

    /// <summary>
    /// Applies <paramref name="change"/> to a tracked item and saves it, unless someone saved it since
    /// the form showed <paramref name="postedVersion"/>. A refused move or a lost race sets <see cref="ErrorMessage"/>
    /// and the status (403 for a right, 409 for a state or a race), and nothing is saved.
    /// </summary>
    protected async Task<bool> TryChangeAsync<T>(T item, Guid postedVersion, Action<T> change)
        where T : class, IVersioned
    {
        // The form was shown before someone else saved: a refused right still says so, anything else is a lost race.
        var stale = item.Version != postedVersion;
        db.Entry(item).Property(nameof(IVersioned.Version)).OriginalValue = postedVersion;
        try
        {
            change(item);
            if (!stale)
            {
                await db.SaveChangesAsync();
                return true;
            }

            Conflict();
        }
        catch (WorkflowException e) when (e.Reason == WorkflowRefusal.NotWhatWasSeen || (stale && e.Reason is WorkflowRefusal.WrongState or WorkflowRefusal.FileRequired))
        {
            Conflict();
        }
        catch (WorkflowException e)
        {
            Refuse(e);
        }
        catch (DbUpdateConcurrencyException)
        {
            Conflict();
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueViolation(e))
        {
            // Two moves raced for the same unique slot (a text's one proposed file): the later one lost.
            Conflict();
        }

        db.ChangeTracker.Clear();
        return false;
    }

    private void Conflict()
    {
        ErrorMessage = localizer["Workflow.Concurrency"];
        Response.StatusCode = StatusCodes.Status409Conflict;
    }

    protected void Refuse(WorkflowException e)
    {
        ErrorMessage = localizer[$"Workflow.{e.Reason}"];
        Response.StatusCode = e.Reason switch
        {
            WorkflowRefusal.ReasonRequired or WorkflowRefusal.ReasonTooLong or WorkflowRefusal.FileRequired or WorkflowRefusal.PublicationTimePassed
                or WorkflowRefusal.ChangeNoteRequired or WorkflowRefusal.NothingChanged or WorkflowRefusal.AltTextRequired => StatusCodes.Status400BadRequest,
            WorkflowRefusal.WrongState => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status403Forbidden,
        };
    }
}
