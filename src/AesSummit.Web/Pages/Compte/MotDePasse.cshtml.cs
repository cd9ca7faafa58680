using System.ComponentModel.DataAnnotations;
using AesSummit.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Compte;

/// <summary>A signed-in account changes its own password.</summary>
public sealed class MotDePasseModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> localizer, ILogger<MotDePasseModel> logger) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool Changed { get; private set; }

    /// <summary>Too many wrong current passwords: the account is locked and signed out, and the form is not shown again.</summary>
    public bool LockedOut { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await users.IsLockedOutAsync(user))
        {
            return await LockedOutAsync(user);
        }

        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            // A wrong current password counts as a failed sign-in: the form cannot be used to guess it.
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await users.AccessFailedAsync(user);
                if (await users.IsLockedOutAsync(user))
                {
                    return await LockedOutAsync(user);
                }
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        await users.ResetAccessFailedCountAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {User} changed their password", user.Email);
        Changed = true;
        Input = new PasswordInput();
        ModelState.Clear();
        ViewData["Message"] = localizer["Password.Changed"].Value;
        return Page();
    }

    /// <summary>The account is locked: its session ends here, as a sign-in would be refused.</summary>
    private async Task<IActionResult> LockedOutAsync(PortalUser user)
    {
        // A new security stamp ends every copy of the session (a stolen cookie too), not only this browser's.
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        logger.LogWarning("Password change refused for locked account {User}; signed out", user.Email);
        LockedOut = true;
        ModelState.AddModelError(string.Empty, localizer["SignIn.LockedOut"]);
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    /// <summary>The password form.</summary>
    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.CurrentPassword")]
        public string Current { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.NewPassword")]
        public string New { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Compare(nameof(New), ErrorMessage = "Validation.PasswordsDiffer")]
        [Display(Name = "Field.ConfirmPassword")]
        public string Confirm { get; set; } = string.Empty;
    }
}
