using System.ComponentModel.DataAnnotations;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion.Comptes;

/// <summary>An administrator creates accounts, sets their roles, disables and re-enables them.</summary>
/// <remarks>The folder convention restricts this page to the ManageAccounts policy.</remarks>
public sealed class IndexModel(AccountAdministration accounts, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<AccountSummary> Accounts { get; private set; } = [];

    [BindProperty]
    public NewAccount Input { get; set; } = new();

    public string? Message { get; private set; }

    /// <summary>Part of an address to look for (<c>?q=</c>).</summary>
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public async Task OnGetAsync()
    {
        var all = await accounts.ListAsync();
        var words = Query?.Trim();
        Accounts = string.IsNullOrEmpty(words) ? all : [.. all.Where(a => a.Email.Contains(words, StringComparison.OrdinalIgnoreCase))];
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await accounts.AddAsync(Input.Email.Trim(), Input.Roles, Input.Password);
            // Identity reports a taken address twice (as user name and as e-mail): each message is said once.
            foreach (var message in result.Errors.Select(Describe).Distinct(StringComparer.Ordinal))
            {
                ModelState.AddModelError(string.Empty, message);
            }

            if (result.Succeeded)
            {
                TempData[Flash.Key] = localizer["Flash.AccountCreated", Input.Email.Trim()].Value;
                return RedirectToPage();
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        Accounts = await accounts.ListAsync();
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(string email) =>
        OnAccountAsync(email, user => user.Email == User.Identity?.Name
            ? Task.FromResult(Microsoft.AspNetCore.Identity.IdentityResult.Failed(new Microsoft.AspNetCore.Identity.IdentityError { Description = localizer["Accounts.NotYourself"] }))
            : accounts.DisableAsync(user, User.Identity!.Name!), "Flash.AccountDisabled");

    public Task<IActionResult> OnPostEnableAsync(string email) =>
        OnAccountAsync(email, user => accounts.EnableAsync(user, User.Identity!.Name!), "Flash.AccountEnabled");

    public Task<IActionResult> OnPostRolesAsync(string email, List<string> roles) =>
        OnAccountAsync(email, user => accounts.SetRolesAsync(user, roles, User.Identity!.Name!), "Flash.RolesSet");

    private string Describe(Microsoft.AspNetCore.Identity.IdentityError error) =>
        error.Code is "UnknownRole" ? localizer["Accounts.RoleRequired"].Value : error.Description;

    private async Task<IActionResult> OnAccountAsync(string email, Func<PortalUser, Task<Microsoft.AspNetCore.Identity.IdentityResult>> action, string confirmation)
    {
        var user = await accounts.FindAsync(email ?? string.Empty);
        if (user is null)
        {
            return NotFound();
        }

        var result = await action(user);
        if (result.Succeeded)
        {
            TempData[Flash.Key] = localizer[confirmation, user.Email ?? email ?? string.Empty].Value;
            return RedirectToPage();
        }

        Message = string.Join(" ", result.Errors.Select(Describe).Distinct(StringComparer.Ordinal));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Accounts = await accounts.ListAsync();
        return Page();
    }

    /// <summary>The new account form.</summary>
    public sealed class NewAccount
    {
        // Identity's columns hold 256 characters; SQLite would not enforce it.
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(256, ErrorMessage = "Validation.TooLong")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Field.Roles")]
        public List<string> Roles { get; set; } = [];
    }
}
