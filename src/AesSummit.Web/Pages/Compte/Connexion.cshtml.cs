using System.ComponentModel.DataAnnotations;
using AesSummit.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Compte;

/// <summary>Sign-in for Secretariat staff; repeated failures lock the account for a while.</summary>
public sealed class ConnexionModel(SignInGate gate, IStringLocalizer<SharedResource> localizer) : PageModel
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

        switch (await gate.SignInAsync(Input.Email, Input.Password))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "~/gestion");
            case SignInOutcome.Disabled:
                ModelState.AddModelError(string.Empty, localizer["SignIn.LockedOut"]);
                break;
            default:
                // The same answer whether the address is unknown, the password wrong or the account locked.
                ModelState.AddModelError(string.Empty, localizer["SignIn.Failed"]);
                break;
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
