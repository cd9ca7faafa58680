using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Features.Accounts;

/// <summary>Refuses passwords that are long enough but guessable: well-known ones, or the account's own e-mail.</summary>
public sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> localizer) : IPasswordValidator<PortalUser>
{
    // The most used passwords that pass a length rule; an attacker tries these first.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "password1234", "password12345", "motdepasse123", "motdepasse1234",
        "azertyuiop12", "azertyuiop123", "qwertyuiop12", "qwertyuiop123", "administrateur", "administrator",
        "secretariat123", "bamako2025bamako", "aaaaaaaaaaaa", "000000000000", "111111111111", "iloveyou1234",
        "confederation", "confédération", "sahel2025sahel", "motdepasse2025", "password2025",
    };

    /// <summary>Words that stay guessable whatever digits or signs are added around them ("motdepasse12", "Azerty2025!").</summary>
    private static readonly HashSet<string> CommonStems = new(StringComparer.Ordinal)
    {
        "password", "passw0rd", "motdepasse", "azerty", "azertyuiop", "qwerty", "qwertyuiop", "admin", "administrateur",
        "administrator", "secretariat", "secretariatpermanent", "bienvenue", "welcome", "bonjour", "soleil", "iloveyou",
        "letmein", "confederation", "sahel", "bamako", "niamey", "ouagadougou", "burkina", "burkinafaso", "mali", "niger",
        "aes", "sommet", "redacteur", "journaliste", "abcdef", "abcdefgh",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var local = user.Email?.Split('@')[0] ?? string.Empty;
        var stem = Stem(password);
        var weak = Common.Contains(password)
            || stem.Length == 0
            || CommonStems.Contains(stem)
            || (local.Length >= 4 && password.Contains(local, StringComparison.OrdinalIgnoreCase))
            || password.Distinct().Count() <= 3;
        return Task.FromResult(weak
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = localizer["Identity.PasswordTooCommon"] })
            : IdentityResult.Success);
    }

    /// <summary>The password's letters as one would say them: lower-case, without accents, without the digits and signs around them.</summary>
    private static string Stem(string password)
    {
        var plain = new string(password.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray());
        return plain.Trim().Trim("0123456789 !?.,;:-_+*=@#$%&/\\'\"()[]{}<>~^`|".ToCharArray());
    }
}
