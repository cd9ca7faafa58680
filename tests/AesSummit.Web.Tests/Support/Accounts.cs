using System.Net;
using AesSummit.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Support;

/// <summary>Back-office accounts for integration tests, created as an administrator would, and signed in through the real form.</summary>
public static class Accounts
{
    public const string Password = "une phrase de passe solide";

    public static async Task CreateAccountAsync(this SummitAppFactory factory, string email, params string[] roles)
    {
        await using var scope = factory.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountAdministration>().AddAsync(email, roles, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>A client that follows no redirect, so that tests see 302 and 403 as they are.</summary>
    public static HttpClient Client(this SummitAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = factory.ClientOptions.BaseAddress });

    public static async Task<HttpClient> SignedInAsync(this SummitAppFactory factory, string email, params string[] roles)
    {
        await factory.CreateAccountAsync(email, roles);
        var client = factory.Client();
        var response = await client.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.SubmitAsync("/compte/connexion", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> ReadDocumentAsync(this HttpResponseMessage response) =>
        (AngleSharp.Html.Dom.IHtmlDocument)Html.Parse(await response.Content.ReadAsStringAsync());
}
