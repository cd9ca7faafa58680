using AesSummit.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AesSummit.Web.Pages.Compte;

/// <summary>Sign-out, by POST only so that a link elsewhere cannot sign anyone out.</summary>
public sealed class DeconnexionModel(SignInManager<PortalUser> signIn, ILogger<DeconnexionModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        logger.LogInformation("User {User} signed out", User.Identity?.Name);
        await signIn.SignOutAsync();
        return LocalRedirect("~/");
    }
}
