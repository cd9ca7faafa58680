using System.Diagnostics;
using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AesSummit.Web.Tests.Pages.Compte;

/// <summary>Nothing at the sign-in or the password form tells a stranger which accounts exist, nor lets them guess a password.</summary>
public sealed class AccountGuessingTests(ITestOutputHelper output) : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static async Task<(HttpStatusCode Status, string Message)> AnswerAsync(HttpResponseMessage response) =>
        (response.StatusCode, (await response.ReadDocumentAsync()).Alert()?.TextContent.Trim() ?? string.Empty);

    [Fact]
    public async Task SignIn_KnownAndUnknownAddresses_GetTheSameWordsAtEveryAttempt()
    {
        await _factory.CreateAccountAsync("sp@aes.test", Roles.PermanentSecretariat);
        var client = _factory.Client();
        var answers = new List<((HttpStatusCode, string) Known, (HttpStatusCode, string) Unknown)>();

        for (var attempt = 1; attempt <= 7; attempt++)
        {
            answers.Add((
                await AnswerAsync(await client.SignInAsync("sp@aes.test", "mauvais mot de passe " + attempt)),
                await AnswerAsync(await client.SignInAsync("personne@aes.test", "mauvais mot de passe " + attempt))));
        }

        Assert.All(answers, a => Assert.Equal(a.Known, a.Unknown));
        Assert.All(answers[..4], a => Assert.Equal("Adresse ou mot de passe incorrect.", a.Known.Item2));
        // From the fifth failure both are "locked", as a real account is.
        Assert.All(answers[4..], a => Assert.Contains("bloqué", a.Unknown.Item2, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_ToADisabledAccountWithAWrongPassword_IsAnsweredAsAnUnknownAddress()
    {
        await _factory.CreateAccountAsync("parti@aes.test", Roles.Writer);
        await using (var scope = _factory.Scope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
            Assert.True((await accounts.DisableAsync((await accounts.FindAsync("parti@aes.test"))!, "test")).Succeeded);
        }

        var client = _factory.Client();
        var disabled = await AnswerAsync(await client.SignInAsync("parti@aes.test", "mauvais mot de passe"));
        var unknown = await AnswerAsync(await client.SignInAsync("personne@aes.test", "mauvais mot de passe"));

        Assert.Equal(unknown, disabled);
    }

    [Fact]
    public async Task SignIn_KnownAndUnknownAddresses_TakeTheSameTime()
    {
        await _factory.CreateAccountAsync("sp@aes.test", Roles.PermanentSecretariat);
        var client = _factory.Client();
        var form = await client.FormAsync("/compte/connexion", "main form");
        async Task<double> TimeAsync(string email)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.PostFormAsync(form, "/compte/connexion", new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = "mauvais mot de passe",
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return watch.Elapsed.TotalMilliseconds;
        }

        // Warm both paths, then interleave them so that a busy moment of the shared machine weighs on both alike.
        await TimeAsync("sp@aes.test");
        await TimeAsync("inconnu@aes.test");
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            known.Add(await TimeAsync("sp@aes.test"));
            unknown.Add(await TimeAsync($"inconnu{i % 3}@aes.test"));
        }

        var ratio = Median(unknown) / Median(known);
        output.WriteLine($"sign-in medians: known {Median(known):F1} ms, unknown {Median(unknown):F1} ms");
        // Before the fix an unknown address answered about 30 times faster (2 ms against 57 ms).
        Assert.True(ratio is > 0.6 and < 1.6, $"median unknown {Median(unknown):F1} ms, known {Median(known):F1} ms");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    [Fact]
    public async Task ChangePassword_AfterFiveWrongCurrentPasswords_LocksTheAccountAndSignsOut()
    {
        var client = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await client.SubmitAsync("/compte/mot-de-passe", "main form", new Dictionary<string, string>
            {
                ["Input.Current"] = "pas le bon mot de passe " + i,
                ["Input.New"] = "le fleuve Niger coule vers l'est",
                ["Input.Confirm"] = "le fleuve Niger coule vers l'est",
            }));
        }

        Assert.All(answers[..4], a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.Forbidden, answers[4].StatusCode);
        Assert.Contains("bloqué", (await answers[4].ReadDocumentAsync()).Alert()!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/gestion")).StatusCode);
        Assert.Contains("bloqué", (await AnswerAsync(await _factory.Client().SignInAsync("sp@aes.test", Accounts.Password))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_WithTheRightCurrentPassword_ClearsEarlierFailures()
    {
        var client = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        for (var i = 0; i < 4; i++)
        {
            await client.SubmitAsync("/compte/mot-de-passe", "main form", new Dictionary<string, string>
            {
                ["Input.Current"] = "pas le bon mot de passe " + i,
                ["Input.New"] = "le fleuve Niger coule vers l'est",
                ["Input.Confirm"] = "le fleuve Niger coule vers l'est",
            });
        }

        var changed = await client.SubmitAsync("/compte/mot-de-passe", "main form", new Dictionary<string, string>
        {
            ["Input.Current"] = Accounts.Password,
            ["Input.New"] = "le fleuve Niger coule vers l'est",
            ["Input.Confirm"] = "le fleuve Niger coule vers l'est",
        });
        var wrongOnce = await _factory.Client().SignInAsync("sp@aes.test", "encore une erreur");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Adresse ou mot de passe incorrect.", (await AnswerAsync(wrongOnce)).Message);
    }
}
