using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Features.Accounts;

/// <summary>Passwords long enough but guessable are refused, a known word dressed up with digits or signs included.</summary>
public sealed class CommonPasswordValidatorTests : IDisposable
{
    private readonly SummitAppFactory _factory = new(importOnStartup: false);

    public void Dispose() => _factory.Dispose();

    private async Task<IdentityResult> ValidateAsync(string password)
    {
        _ = _factory.Client();
        await using var scope = _factory.Scope();
        var validator = scope.ServiceProvider.GetServices<IPasswordValidator<PortalUser>>().OfType<CommonPasswordValidator>().Single();
        return await validator.ValidateAsync(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>(), new PortalUser { Email = "agent@aes.test" }, password);
    }

    [Theory]
    [InlineData("motdepasse12")]
    [InlineData("MotDePasse2025!")]
    [InlineData("Azerty2025!")]
    [InlineData("2025-12-23!!!!")]
    [InlineData("Confédération2025")]
    [InlineData("!!Bamako12345")]
    [InlineData("password1234")]
    public async Task Validate_AKnownWordWithDigitsOrSigns_IsRefusedInFrench(string password)
    {
        var result = await ValidateAsync(password);

        var error = Assert.Single(result.Errors);
        Assert.Equal("PasswordTooCommon", error.Code);
        Assert.Contains("mot de passe", error.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("une phrase de passe solide")]
    [InlineData("Koulouba sous la pluie 7")]
    [InlineData("motdepasse du lundi matin")]
    public async Task Validate_APassPhrase_IsAccepted(string password)
    {
        Assert.True((await ValidateAsync(password)).Succeeded);
    }
}
