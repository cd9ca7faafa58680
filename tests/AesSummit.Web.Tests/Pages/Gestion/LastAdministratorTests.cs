using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>The portal always keeps an active administrator, even when two of them act against each other at the same instant.</summary>
public sealed class LastAdministratorTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private Task<int> ActiveAdministratorsAsync() => _factory.InStoreAsync(async db =>
    {
        var users = db.Users.Where(u => u.DisabledAtUtc == null);
        var adminRole = await db.Roles.Where(r => r.Name == Roles.Administrator).Select(r => r.Id).SingleAsync();
        return await users.CountAsync(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == adminRole));
    });

    private static async Task<Func<Task<HttpResponseMessage>>> PrepareRolesAsync(HttpClient admin, string email, params string[] roles)
    {
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await admin.GetDocumentAsync("/gestion/comptes")).QuerySelectorAll("form[action*=Roles]")
            .Single(f => f.QuerySelector("input[name=email]")!.GetAttribute("value") == email);
        foreach (var box in form.QuerySelectorAll("input[name=roles]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>())
        {
            box.IsChecked = roles.Contains(box.Value);
        }

        return () => admin.PostFormAsync(form, "/gestion/comptes");
    }

    private static async Task<Func<Task<HttpResponseMessage>>> PrepareDisableAsync(HttpClient admin, string email)
    {
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await admin.GetDocumentAsync("/gestion/comptes")).QuerySelectorAll("form[action*=Disable]")
            .Single(f => f.QuerySelector("input[name=email]")!.GetAttribute("value") == email);
        return () => admin.PostFormAsync(form, "/gestion/comptes");
    }

    [Fact]
    public async Task SetRoles_WhenTheOnlyAdministratorDropsTheirOwnRole_IsRefusedInFrench()
    {
        var admin = await _factory.SignedInAsync("admin@aes.test", Roles.Administrator, Roles.Writer);

        var response = await (await PrepareRolesAsync(admin, "admin@aes.test", Roles.Writer))();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("au moins un administrateur actif", (await response.ReadDocumentAsync()).Alert()!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await ActiveAdministratorsAsync());
    }

    [Fact]
    public async Task SetRoles_WhenAnotherAdministratorRemains_IsAllowed()
    {
        var admin = await _factory.SignedInAsync("admin@aes.test", Roles.Administrator, Roles.Writer);
        await _factory.CreateAccountAsync("admin2@aes.test", Roles.Administrator);

        var response = await (await PrepareRolesAsync(admin, "admin@aes.test", Roles.Writer))();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await ActiveAdministratorsAsync());
    }

    [Fact]
    public async Task TwoAdministratorsRemovingEachOthersRoleAtOnce_OneRemains()
    {
        for (var round = 0; round < 3; round++)
        {
            var first = await _factory.SignedInAsync($"a{round}@aes.test", Roles.Administrator);
            var second = await _factory.SignedInAsync($"b{round}@aes.test", Roles.Administrator);
            await RemoveOtherAdministratorsAsync($"a{round}@aes.test", $"b{round}@aes.test");

            var responses = await Together.ReleaseAsync(
            [
                await PrepareRolesAsync(first, $"b{round}@aes.test", Roles.Writer),
                await PrepareRolesAsync(second, $"a{round}@aes.test", Roles.Writer),
            ]);

            Assert.Equal([302, 400], responses.Statuses());
            Assert.Equal(1, await ActiveAdministratorsAsync());
        }
    }

    [Fact]
    public async Task TwoAdministratorsDisablingEachOtherAtOnce_OneRemains()
    {
        for (var round = 0; round < 3; round++)
        {
            var first = await _factory.SignedInAsync($"a{round}@aes.test", Roles.Administrator);
            var second = await _factory.SignedInAsync($"b{round}@aes.test", Roles.Administrator);
            await RemoveOtherAdministratorsAsync($"a{round}@aes.test", $"b{round}@aes.test");

            var responses = await Together.ReleaseAsync(
            [
                await PrepareDisableAsync(first, $"b{round}@aes.test"),
                await PrepareDisableAsync(second, $"a{round}@aes.test"),
            ]);

            Assert.Equal([302, 400], responses.Statuses());
            Assert.Equal(1, await ActiveAdministratorsAsync());
        }
    }

    [Fact]
    public async Task Disable_OfTheLastAdministratorFromTheCommandLineService_IsRefused()
    {
        await _factory.CreateAccountAsync("admin@aes.test", Roles.Administrator);
        await using var scope = _factory.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();

        var result = await accounts.DisableAsync((await accounts.FindAsync("admin@aes.test"))!, "console");

        Assert.Equal(AccountAdministration.LastAdministratorCode, Assert.Single(result.Errors).Code);
        Assert.Equal(1, await ActiveAdministratorsAsync());
    }

    [Fact]
    public async Task TwoAdministratorsCreatingTheSameAccountAtOnce_OneIsCreatedAndTheOtherIsToldWhy()
    {
        var first = await _factory.SignedInAsync("a@aes.test", Roles.Administrator);
        var second = await _factory.SignedInAsync("b@aes.test", Roles.Administrator);
        for (var round = 0; round < 3; round++)
        {
            var account = new Dictionary<string, string>
            {
                ["Input.Email"] = $"nouveau{round}@aes.test",
                ["Input.Password"] = "une phrase de passe nouvelle",
                ["Input.Roles"] = Roles.Writer,
            };

            var responses = await Together.ReleaseAsync(
            [
                await first.PrepareAsync("/gestion/comptes", "form[action*=Create]", account),
                await second.PrepareAsync("/gestion/comptes", "form[action*=Create]", account),
            ]);

            Assert.Equal([302, 400], responses.Statuses());
            Assert.Equal(1, await _factory.InStoreAsync(db => db.Users.CountAsync(u => u.Email == $"nouveau{round}@aes.test")));
        }
    }

    /// <summary>Earlier rounds' survivors are disabled directly in the store, so that each round starts with exactly two administrators.</summary>
    private async Task RemoveOtherAdministratorsAsync(params string[] keep)
    {
        await using var scope = _factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        foreach (var user in await users.GetUsersInRoleAsync(Roles.Administrator))
        {
            if (!keep.Contains(user.Email))
            {
                user.DisabledAtUtc = DateTime.UtcNow;
                await users.UpdateAsync(user);
            }
        }
    }
}
