using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages;

/// <summary>The French page for an error status (404, 500…), without any technical detail.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class ErreurModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Show(code);

    // A failed POST is re-executed as a POST: it must get the same page.
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        // Re-executed, the response already carries the error's status; asked for directly, it gets it too.
        Code = code is >= 400 and < 600 ? code : 404;
        Response.StatusCode = Code;
    }
}
