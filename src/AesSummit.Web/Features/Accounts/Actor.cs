using System.Security.Claims;

namespace AesSummit.Web.Features.Accounts;

/// <summary>Who performs an action, with the roles that entitle them to it.</summary>
public sealed record Actor(string UserId, string Name, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public static Actor From(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The user is not signed in.");
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Actor(id, user.Identity?.Name ?? id, roles);
    }
}
