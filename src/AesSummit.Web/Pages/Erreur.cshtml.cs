using System.Globalization;
using AesSummit.Web.Features.Texts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Pages;

/// <summary>The French page for an error status (404, 500…), without any technical detail.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class ErreurModel(IOptions<TextsOptions> texts) : PageModel
{
    /// <summary>Where a page that refuses a request leaves its own explanation for this page to show.</summary>
    public const string ReasonKey = "ErreurModel.Reason";

    public int Code { get; private set; }

    /// <summary>The refusing page's own explanation (same request, re-executed), if it gave one.</summary>
    public string? Reason => HttpContext.Items[ReasonKey] as string;

    /// <summary>The largest file the portal accepts, which the "too large" page names.</summary>
    public long MaxUploadBytes => texts.Value.MaxUploadBytes;

    public void OnGet() => Show();

    // A failed POST is re-executed as a POST: it must get the same page.
    public void OnPost() => Show();

    private void Show()
    {
        // The code is read from the route, not bound: when a refused POST's form is unreadable (too large, malformed),
        // model binding gives up on every parameter.
        var code = int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 404;

        // Re-executed, the response already carries the error's status; asked for directly, it gets it too.
        Code = code is >= 400 and < 600 ? code : 404;
        Response.StatusCode = Code;
    }
}
