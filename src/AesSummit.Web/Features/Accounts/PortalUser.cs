using Microsoft.AspNetCore.Identity;

namespace AesSummit.Web.Features.Accounts;

/// <summary>A back-office account; visitors have none.</summary>
public sealed class PortalUser : IdentityUser
{
    /// <summary>When an administrator disabled the account; it can no longer sign in.</summary>
    public DateTime? DisabledAtUtc { get; set; }

    public bool IsDisabled => DisabledAtUtc is not null;
}
