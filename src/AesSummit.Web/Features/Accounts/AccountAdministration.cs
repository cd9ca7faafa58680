using System.Data;
using AesSummit.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Features.Accounts;

/// <summary>Creates, lists and disables back-office accounts; used by the <c>users</c> command and the accounts page.</summary>
public sealed class AccountAdministration(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole> roles,
    SummitDbContext db,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock,
    ILogger<AccountAdministration> logger)
{
    /// <summary>The code of the refusal to leave the portal without an active administrator.</summary>
    public const string LastAdministratorCode = "LastAdministrator";

    /// <summary>Makes sure the role rows exist; there are no default accounts.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public async Task<IdentityResult> AddAsync(string email, IReadOnlyCollection<string> roleNames, string password)
    {
        var unknown = roleNames.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0 || roleNames.Count == 0)
        {
            return IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = string.Join(", ", unknown) });
        }

        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        IdentityResult result;
        try
        {
            result = await users.CreateAsync(user, password);
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueViolation(e))
        {
            // Two administrators created the same address at the same instant: Identity's own check saw neither.
            db.ChangeTracker.Clear();
            return IdentityResult.Failed(users.ErrorDescriber.DuplicateEmail(email));
        }

        if (!result.Succeeded)
        {
            return result;
        }

        result = await users.AddToRolesAsync(user, roleNames);
        if (result.Succeeded)
        {
            logger.LogInformation("Account {Email} created with roles {Roles}", email, roleNames);
        }

        return result;
    }

    public async Task<IReadOnlyList<AccountSummary>> ListAsync()
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var summaries = new List<AccountSummary>();
        foreach (var user in all)
        {
            summaries.Add(new AccountSummary(user.Id, user.Email ?? user.UserName ?? user.Id, (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList(), user.IsDisabled, user.LockoutEnd > clock.GetUtcNow()));
        }

        return summaries;
    }

    public Task<PortalUser?> FindAsync(string email) => users.FindByEmailAsync(email);

    /// <summary>Disables the account: it cannot sign in again, and its open sessions end at their next check.</summary>
    public Task<IdentityResult> DisableAsync(PortalUser user, string by) =>
        KeepingAnAdministratorAsync(user, removesAdministrator: true, () => DisableNowAsync(user, by));

    private async Task<IdentityResult> DisableNowAsync(PortalUser user, string by)
    {
        user.DisabledAtUtc = clock.GetUtcNow().UtcDateTime;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            await users.UpdateSecurityStampAsync(user);
            logger.LogInformation("Account {Email} disabled by {User}", user.Email, by);
        }

        return result;
    }

    public async Task<IdentityResult> EnableAsync(PortalUser user, string by)
    {
        user.DisabledAtUtc = null;
        user.LockoutEnd = null;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user);
            logger.LogInformation("Account {Email} enabled by {User}", user.Email, by);
        }

        return result;
    }

    public Task<IdentityResult> SetRolesAsync(PortalUser user, IReadOnlyCollection<string> roleNames, string by)
    {
        if (roleNames.Count == 0 || roleNames.Any(r => !Roles.All.Contains(r)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = string.Join(", ", roleNames) }));
        }

        return KeepingAnAdministratorAsync(user, !roleNames.Contains(Roles.Administrator), () => SetRolesNowAsync(user, roleNames, by));
    }

    /// <summary>
    /// Runs <paramref name="change"/> unless it would leave no active administrator. The check and the change share one
    /// serializable transaction, so that two administrators removing each other at the same instant cannot both succeed.
    /// </summary>
    private async Task<IdentityResult> KeepingAnAdministratorAsync(PortalUser user, bool removesAdministrator, Func<Task<IdentityResult>> change)
    {
        try
        {
            return await KeepingAnAdministratorNowAsync(user, removesAdministrator, change);
        }
        catch (Exception e) when (StoreErrors.IsSerializationFailure(e))
        {
            // PostgreSQL refuses the second of two serializable transactions that read what the other wrote: the other
            // administrator's change went first, and this one would have left no active administrator.
            logger.LogWarning("Refused a change of {Email} that raced another administrator's", user.Email);
            return IdentityResult.Failed(new IdentityError { Code = LastAdministratorCode, Description = localizer["Accounts.LastAdministrator"] });
        }
    }

    private async Task<IdentityResult> KeepingAnAdministratorNowAsync(PortalUser user, bool removesAdministrator, Func<Task<IdentityResult>> change)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable);

        // Read again inside the transaction: what the page loaded may be out of date by now.
        await db.Entry(user).ReloadAsync();
        if (removesAdministrator && !user.IsDisabled)
        {
            var administrators = await users.GetUsersInRoleAsync(Roles.Administrator);
            if (administrators.Any(a => a.Id == user.Id) && !administrators.Any(a => a.Id != user.Id && !a.IsDisabled))
            {
                logger.LogWarning("Refused to remove the last active administrator {Email}", user.Email);
                return IdentityResult.Failed(new IdentityError { Code = LastAdministratorCode, Description = localizer["Accounts.LastAdministrator"] });
            }
        }

        var result = await change();
        if (result.Succeeded)
        {
            await transaction.CommitAsync();
        }

        return result;
    }

    private async Task<IdentityResult> SetRolesNowAsync(PortalUser user, IReadOnlyCollection<string> roleNames, string by)
    {
        var current = await users.GetRolesAsync(user);
        var result = await users.RemoveFromRolesAsync(user, current.Except(roleNames));
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, roleNames.Except(current));
        }

        if (result.Succeeded)
        {
            await users.UpdateSecurityStampAsync(user);
            logger.LogInformation("Account {Email} now has roles {Roles}, set by {User}", user.Email, roleNames, by);
        }

        return result;
    }
}

/// <summary>An account as the list shows it.</summary>
public sealed record AccountSummary(string Id, string Email, IReadOnlyList<string> Roles, bool IsDisabled, bool IsLockedOut);
