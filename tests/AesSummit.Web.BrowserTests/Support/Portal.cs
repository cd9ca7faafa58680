using AesSummit.Web.Tests.Support;
using Microsoft.Playwright;

namespace AesSummit.Web.BrowserTests.Support;

/// <summary>The portal on Kestrel (its own temporary store, the test content, a fixed clock) and pages on it in Chromium.</summary>
public sealed class Portal : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly IBrowser _browser;

    /// <param name="contentPath">The content folder to import: the tests' own by default.</param>
    public Portal(Chromium chromium, string? contentPath = null)
    {
        _browser = chromium.Browser;
        Factory = new SummitAppFactory(contentPath);
        try
        {
            BaseUrl = Factory.StartKestrel();
        }
        catch
        {
            Factory.Dispose();
            throw;
        }
    }

    public SummitAppFactory Factory { get; }

    public Uri BaseUrl { get; }

    /// <summary>A new visitor: own cookies, the given width, JavaScript on or off.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, bool javaScript = true, string? name = null)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 740 : 900 },
            JavaScriptEnabled = javaScript,
            Locale = "fr-FR",
            AcceptDownloads = true,
        });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        // Generous: a two-core machine, a Kestrel server and Chromium in one process tree.
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>A page signed in through the real form as a new account in the given roles.</summary>
    public Task<IPage> SignedInPageAsync(string email, params string[] roles) => SignedInPageAsync(email, 1280, roles);

    /// <summary>A page of the given width signed in through the real form as a new account in the given roles.</summary>
    public async Task<IPage> SignedInPageAsync(string email, int width, params string[] roles)
    {
        await Factory.CreateAccountAsync(email, roles);
        return await SignInPageAsync(email, width: width);
    }

    /// <summary>A page signed in through the real form as an existing account, with JavaScript on or off.</summary>
    public async Task<IPage> SignInPageAsync(string email, bool javaScript = true, int width = 1280)
    {
        var page = await NewPageAsync(width, javaScript);
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/compte/connexion", StringComparison.Ordinal));
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        await Factory.DisposeAsync();
    }
}
