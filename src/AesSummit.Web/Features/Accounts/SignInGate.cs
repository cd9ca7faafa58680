using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Features.Accounts;

/// <summary>What a sign-in attempt comes to, as the sign-in page tells it.</summary>
public enum SignInOutcome
{
    SignedIn,
    Failed,
    LockedOut,
}

/// <summary>
/// Checks a sign-in so that neither its words nor its time tell whether an address has an account: every attempt costs one
/// password hash, and an address without an account (or a disabled one, unless the right password is given) fails and locks
/// exactly as a real account does. Failures for such addresses are counted in the distributed cache, which every instance shares.
/// </summary>
public sealed class SignInGate
{
    private readonly SignInManager<PortalUser> _signIn;
    private readonly IPasswordHasher<PortalUser> _hasher;
    private readonly IDistributedCache _cache;
    private readonly TimeProvider _clock;
    private readonly LockoutOptions _lockout;
    private readonly ILogger<SignInGate> _logger;

    public SignInGate(SignInManager<PortalUser> signIn, IPasswordHasher<PortalUser> hasher, IDistributedCache cache, TimeProvider clock, IOptions<IdentityOptions> identity, ILogger<SignInGate> logger)
    {
        _signIn = signIn;
        _hasher = hasher;
        _cache = cache;
        _clock = clock;
        _lockout = identity.Value.Lockout;
        _logger = logger;
    }

    /// <summary>A hash of a password nobody knows, made once, checked when there is no real hash to check.</summary>
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    public async Task<SignInOutcome> SignInAsync(string email, string password)
    {
        var user = await _signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            SpendOneHash(password);
            _logger.LogWarning("Sign-in refused for unknown account {Email}", email);
            return await CountDecoyFailureAsync(email);
        }

        if (user.IsDisabled)
        {
            // Only whoever knows the password learns that the account was disabled; anyone else is answered as for an unknown address.
            if (await _signIn.UserManager.CheckPasswordAsync(user, password))
            {
                _logger.LogWarning("Sign-in refused for disabled account {Email}", user.Email);
                return SignInOutcome.LockedOut;
            }

            _logger.LogWarning("Sign-in failed for disabled account {Email}", user.Email);
            return await CountDecoyFailureAsync(email);
        }

        if (await _signIn.UserManager.IsLockedOutAsync(user))
        {
            // Identity answers a locked account without hashing: hash anyway, so that the time says nothing.
            SpendOneHash(password);
            _logger.LogWarning("Sign-in refused for locked account {Email}", user.Email);
            return SignInOutcome.LockedOut;
        }

        var result = await _signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            _logger.LogInformation("User {User} signed in", user.Email);
            return SignInOutcome.SignedIn;
        }

        _logger.LogWarning("Sign-in failed for {Email}", user.Email);
        return result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }

    private void SpendOneHash(string password) =>
        _hasher.VerifyHashedPassword(new PortalUser(), DecoyHash.Value, password);

    /// <summary>Counts a failure for an address without a usable account, the way Identity counts them for a real one.</summary>
    private async Task<SignInOutcome> CountDecoyFailureAsync(string email)
    {
        var key = "signin-failures:" + email.Trim().ToUpperInvariant();
        var now = _clock.GetUtcNow();
        var (failures, lockedUntil) = Parse(await _cache.GetStringAsync(key));
        if (lockedUntil > now)
        {
            return SignInOutcome.LockedOut;
        }

        failures++;
        var outcome = SignInOutcome.Failed;
        if (failures >= _lockout.MaxFailedAccessAttempts)
        {
            (failures, lockedUntil, outcome) = (0, now + _lockout.DefaultLockoutTimeSpan, SignInOutcome.LockedOut);
        }

        await _cache.SetStringAsync(
            key,
            string.Create(CultureInfo.InvariantCulture, $"{failures}|{lockedUntil.UtcTicks}"),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(1) });
        return outcome;
    }

    private static (int Failures, DateTimeOffset LockedUntil) Parse(string? value)
    {
        var parts = value?.Split('|');
        return parts is [var count, var ticks]
            && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var failures)
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var until)
            ? (failures, new DateTimeOffset(until, TimeSpan.Zero))
            : (0, DateTimeOffset.MinValue);
    }
}
