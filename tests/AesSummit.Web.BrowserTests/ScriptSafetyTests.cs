using AesSummit.Web.BrowserTests.Support;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.Playwright;

namespace AesSummit.Web.BrowserTests;

/// <summary>In a real browser, hostile text never runs, and the pages break none of their own security policy.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ScriptSafetyTests(Chromium chromium) : PortalTest(chromium)
{
    private const string Body = """
        Premier paragraphe.

        <script>alert('script')</script>
        <img src=x onerror="alert('onerror')">
        <svg onload="alert('svg')"><circle r="4"/></svg>

        [lien javascript](javascript:alert('javascript'))
        [lien data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
        ![image data](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)
        """;

    /// <summary>Records every alert, uncaught error and console error (a blocked inline script or style is one) on the page.</summary>
    private static List<string> Watch(IPage page)
    {
        var events = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            events.Add($"dialog: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => events.Add($"error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                events.Add($"console: {message.Text}");
            }
        };
        return events;
    }

    [Fact]
    public async Task HostileArticle_ValidatedAndPublished_RunsNothing()
    {
        const string title = "<img src=x onerror=alert('titre')> Sommet";
        var writer = await Portal.SignedInPageAsync("redaction@aes.test", Roles.Writer);
        var secretariat = await Portal.SignedInPageAsync("validation@aes.test", Roles.PermanentSecretariat);
        var writerEvents = Watch(writer);
        var secretariatEvents = Watch(secretariat);

        await Artefacts.OnFailureScreenshotAsync(writer, "hostile-article", () => BackOffice.WriteArticleAsync(writer, title, Body));
        var articleUrl = writer.Url;
        await writer.GetByRole(AriaRole.Button, new() { Name = "Soumettre au Secrétariat Permanent" }).ClickAsync();
        await Assertions.Expect(writer.Locator("main")).ToContainTextAsync("Soumis");
        await secretariat.GotoAsync(articleUrl);
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Valider", Exact = true }).ClickAsync();
        await Assertions.Expect(secretariat.Locator("main")).ToContainTextAsync("Publié");

        var visitor = await Portal.NewPageAsync();
        var events = Watch(visitor);
        await visitor.GotoAsync("/journal");
        await visitor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(visitor.Locator(".prose")).ToContainTextAsync("Premier paragraphe.");
        Assert.Equal(0, await visitor.Locator(".prose script, .prose svg, .prose [onerror], .prose [onload]").CountAsync());
        Assert.Equal(0, await visitor.Locator(".prose a[href^='javascript:'], .prose a[href^='data:'], .prose img[src^='data:']").CountAsync());

        await visitor.GotoAsync("/recherche?q=" + Uri.EscapeDataString("<script>alert('recherche')</script> sommet"), new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Empty(events);
        Assert.Empty(writerEvents);
        Assert.Empty(secretariatEvents);

        // A checksum that is not one is refused with 400 (which the console reports), and still runs nothing.
        var refused = await visitor.GotoAsync("/textes/verifier?sha256=" + Uri.EscapeDataString("\"><svg onload=alert('verifier')>"), new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal(400, refused!.Status);
        Assert.DoesNotContain(events, e => !e.StartsWith("console: Failed to load resource: the server responded with a status of 400", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryPage_LoadsWithoutAConsoleErrorOrAPolicyViolation()
    {
        var visitor = await Portal.NewPageAsync();
        var staff = await Portal.SignedInPageAsync("console@aes.test", SiteUrls.AllRoles);
        var pages = SiteUrls.Public.Where(url => url != SiteUrls.MissingPage).Select(url => (visitor, url))
            .Concat((await BackOffice.PagesAsync(Portal, staff)).Select(url => (staff, url)));
        var problems = new List<string>();
        var events = new Dictionary<IPage, List<string>> { [visitor] = Watch(visitor), [staff] = Watch(staff) };
        foreach (var (page, url) in pages)
        {
            events[page].Clear();
            // A blocked inline script or style shows as a console error ("Refused to apply inline style…").
            await page.OpenAsync(url, WaitUntilState.NetworkIdle);
            problems.AddRange(events[page].Select(e => $"{url}: {e}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Watch_SeesWhatThePolicyBlocks()
    {
        // The check above is only worth something if a violation shows: an inline style is one.
        var page = await Portal.NewPageAsync();
        await page.GotoAsync("/");
        var message = await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => { const s = document.createElement('style'); s.textContent = 'body { color: red }'; document.head.append(s); }"),
            new() { Predicate = m => m.Type == "error" });

        Assert.Contains("Content Security Policy", message.Text, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("body")).Not.ToHaveCSSAsync("color", "rgb(255, 0, 0)");
    }
}
