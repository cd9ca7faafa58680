using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace AesSummit.Web.Features.Accounts;

/// <summary>What a sign-in attempt comes to, as the sign-in page tells it.</summary>
public enum SignInOutcome
{
    SignedIn,

    /// <summary>Wrong address, wrong password or a locked account: one answer for all three, so that it tells nothing.</summary>
    Failed,

    /// <summary>The right password of a disabled account: only its owner can be told.</summary>
    Disabled,
}

/// <summary>
/// Checks a sign-in so that neither its words nor its time tell whether an address has an account, nor whether an account is
/// locked: every attempt costs one password hash (a decoy's when there is no account, or when Identity would answer a locked
/// account without hashing), and every failure gets the same answer.
/// </summary>
public sealed class SignInGate(SignInManager<PortalUser> signIn, IPasswordHasher<PortalUser> hasher, ILogger<SignInGate> logger)
{
    /// <summary>A hash of a password nobody knows, made once, checked when there is no real hash to check.</summary>
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    public async Task<SignInOutcome> SignInAsync(string email, string password)
    {
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            SpendOneHash(password);
            logger.LogWarning("Sign-in refused for unknown account {Email}", email);
            return SignInOutcome.Failed;
        }

        if (user.IsDisabled)
        {
            // Only whoever knows the password learns that the account was disabled; anyone else gets the common answer.
            if (await signIn.UserManager.CheckPasswordAsync(user, password))
            {
                logger.LogWarning("Sign-in refused for disabled account {Email}", user.Email);
                return SignInOutcome.Disabled;
            }

            logger.LogWarning("Sign-in failed for disabled account {Email}", user.Email);
            return SignInOutcome.Failed;
        }

        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            // Identity answers a locked account without hashing: hash anyway, so that the time says nothing.
            SpendOneHash(password);
            logger.LogWarning("Sign-in refused for locked account {Email}", user.Email);
            return SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {User} signed in", user.Email);
            return SignInOutcome.SignedIn;
        }

        logger.LogWarning("Sign-in failed for {Email} (locked now: {LockedOut})", user.Email, result.IsLockedOut);
        return SignInOutcome.Failed;
    }

    private void SpendOneHash(string password) =>
        hasher.VerifyHashedPassword(new PortalUser(), DecoyHash.Value, password);
}
