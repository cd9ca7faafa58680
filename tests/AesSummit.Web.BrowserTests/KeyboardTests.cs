using AesSummit.Web.BrowserTests.Support;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AesSummit.Web.BrowserTests;

/// <summary>Keyboard only: a skip link first, every control reachable with Tab, and focus always visible.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class KeyboardTests(Chromium chromium) : PortalTest(chromium)
{
    // Marks every control a keyboard user must reach (visible, not disabled, not taken out of the tab order) and returns their count.
    private const string MarkFocusableScript = """
        () => {
          const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
          const controls = [...document.querySelectorAll(selector)].filter(e => e.checkVisibility() && e.tabIndex >= 0);
          controls.forEach((e, i) => e.setAttribute('data-keyboard', String(i)));
          return controls.length;
        }
        """;

    // What has focus now, and whether a sighted keyboard user can see it: an outline of at least 2 px, on screen.
    private const string DescribeFocusScript = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return { id: null, visible: false, label: 'body' };
          const style = getComputedStyle(e);
          const box = e.getBoundingClientRect();
          const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          const onScreen = box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
          return { id: e.getAttribute('data-keyboard'), visible: outlined && onScreen, label: e.outerHTML.slice(0, 120) };
        }
        """;

    // Playwright fills results through setters.
    private sealed class Focus
    {
        public string? Id { get; set; }

        public bool Visible { get; set; }

        public string Label { get; set; } = "";
    }

    /// <summary>Tabs through the whole page; returns what went wrong (unreached controls, focus not visible).</summary>
    private static async Task<List<string>> WalkWithTabAsync(IPage page, string url)
    {
        await page.OpenAsync(url);
        var count = await page.EvaluateAsync<int>(MarkFocusableScript);
        var reached = new HashSet<string>();
        var problems = new List<string>();
        string? previous = null;
        // Date fields take one Tab per part (day, month, year, time), hence the margin.
        for (var press = 0; press < (count * 4) + 3; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<Focus>(DescribeFocusScript);
            if (focus.Id is null)
            {
                // Focus left the document: the walk went round.
                if (reached.Count > 0)
                {
                    break;
                }

                continue;
            }

            if (focus.Id == previous)
            {
                continue;
            }

            previous = focus.Id;
            if (!reached.Add(focus.Id))
            {
                break;
            }

            if (!focus.Visible)
            {
                problems.Add($"{url}: focus not visible on {focus.Label}");
            }
        }

        if (reached.Count != count)
        {
            problems.Add($"{url}: Tab reached {reached.Count} of {count} controls");
        }

        return problems;
    }

    [Fact]
    public async Task SkipLink_IsTheFirstTabStop_AndTakesFocusToTheContent()
    {
        var page = await Portal.NewPageAsync(width: 360);
        await page.GotoAsync("/programme");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await Assertions.Expect(skip).ToHaveTextAsync("Aller au contenu");

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main#contenu")).ToBeFocusedAsync();
        // The next Tab goes on from the content, not from the header again.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"));
    }

    [Fact]
    public async Task EveryPublicPage_EveryControlIsReachableWithTab_WithAVisibleFocus()
    {
        var page = await Portal.NewPageAsync();
        var problems = new List<string>();
        foreach (var url in SiteUrls.Public)
        {
            problems.AddRange(await WalkWithTabAsync(page, url));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task EveryBackOfficePage_EveryControlIsReachableWithTab_WithAVisibleFocus()
    {
        var page = await Portal.SignedInPageAsync("admin@aes.test", SiteUrls.AllRoles);
        var problems = new List<string>();
        foreach (var url in await BackOffice.PagesAsync(Portal, page))
        {
            problems.AddRange(await WalkWithTabAsync(page, url));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task SignInAndSubmittingAnArticle_WorkWithTheKeyboardAlone()
    {
        await Portal.Factory.CreateAccountAsync("clavier@aes.test", Roles.Writer);
        var page = await Portal.NewPageAsync();
        await page.GotoAsync("/compte/connexion");

        await TabUntilFocusedAsync(page, page.GetByLabel("Adresse électronique"));
        await page.Keyboard.TypeAsync("clavier@aes.test");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Accounts.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/compte/connexion", StringComparison.Ordinal));

        await page.GotoAsync("/gestion/articles/nouveau");
        await TabUntilFocusedAsync(page, page.GetByLabel("Titre", new() { Exact = true }));
        await page.Keyboard.TypeAsync("Écrit au clavier");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Un résumé tapé au clavier.");
        await TabUntilFocusedAsync(page, page.GetByLabel("Défense et Sécurité", new() { Exact = true }));
        await page.Keyboard.PressAsync("Space");
        await TabUntilFocusedAsync(page, page.GetByLabel("Texte (Markdown)"));
        await page.Keyboard.TypeAsync("Corps tapé au clavier.");
        await TabUntilFocusedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.EndsWith("/nouveau", StringComparison.Ordinal));

        await TabUntilFocusedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Soumettre au Secrétariat Permanent" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Soumis");
        Assert.Equal(
            PublicationStatus.Submitted,
            await Portal.Factory.InStoreAsync(db => db.Articles.Where(a => a.Title == "Écrit au clavier").Select(a => a.Status).SingleAsync()));
    }

    private static async Task TabUntilFocusedAsync(IPage page, ILocator target)
    {
        for (var press = 0; press < 80; press++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {target}");
    }
}
