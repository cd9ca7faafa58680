using System.ComponentModel.DataAnnotations;
using AesSummit.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Compte;

/// <summary>Sign-in for Secretariat staff; repeated failures lock the account for a while.</summary>
public sealed class ConnexionModel(SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> localizer, ILogger<ConnexionModel> logger) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            // The same answer as a wrong password: the page does not tell who has an account.
            ModelState.AddModelError(string.Empty, localizer["SignIn.Failed"]);
            logger.LogWarning("Sign-in refused for unknown account {Email}", Input.Email);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {User} signed in", user.Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/gestion");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused for locked or disabled account {Email}", user.Email);
            ModelState.AddModelError(string.Empty, localizer["SignIn.LockedOut"]);
        }
        else
        {
            logger.LogWarning("Sign-in failed for {Email}", user.Email);
            ModelState.AddModelError(string.Empty, localizer["SignIn.Failed"]);
        }

        return Page();
    }

    /// <summary>The sign-in form.</summary>
    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = string.Empty;
    }
}
