using System.Text.RegularExpressions;
using AesSummit.Web.BrowserTests.Support;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AesSummit.Web.BrowserTests;

/// <summary>The portal is server-rendered: with JavaScript off, every page reads and every form works.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class NoJavaScriptTests(Chromium chromium) : PortalTest(chromium)
{
    [Fact]
    public async Task EveryPublicPage_WithoutJavaScript_ShowsItsHeadingNavigationAndContent()
    {
        var page = await Portal.NewPageAsync(width: 360, javaScript: false);
        foreach (var url in SiteUrls.Public)
        {
            await page.OpenAsync(url);
            await Artefacts.OnFailureScreenshotAsync(page, $"nojs{url}", async () =>
            {
                await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
                await Assertions.Expect(page.Locator("h1")).Not.ToBeEmptyAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = url.StartsWith("/en/", StringComparison.Ordinal) ? "Main navigation" : "Navigation principale" })).ToBeVisibleAsync();
                Assert.True((await page.Locator("main").InnerTextAsync()).Trim().Length > 40, $"{url}: the content is nearly empty");
            });
        }
    }

    [Fact]
    public async Task EveryPublicPage_ShipsNoScriptToRun()
    {
        var page = await Portal.NewPageAsync();
        foreach (var url in SiteUrls.Public)
        {
            await page.OpenAsync(url);
            // Only JSON-LD data blocks, which browsers never run.
            Assert.Equal(0, await page.Locator("script:not([type='application/ld+json'])").CountAsync());
        }
    }

    [Fact]
    public async Task SearchJournalFilterAndVerification_WorkWithoutJavaScript()
    {
        var page = await Portal.NewPageAsync(javaScript: false);

        await page.GotoAsync("/recherche");
        await page.GetByLabel("Mots recherchés").FillAsync("protocole defense");
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/recherche\?q=protocole\+defense$"));
        await Assertions.Expect(page.Locator(".search-results li").First).ToContainTextAsync("défense");

        await page.GotoAsync("/journal");
        await page.Locator(".filters").GetByRole(AriaRole.Link, new() { Name = "Diplomatie" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/journal\?pilier=diplomatie$"));
        await Assertions.Expect(page.Locator(".articles li").First).ToBeVisibleAsync();

        await page.GotoAsync("/textes/protocole-essai");
        var checksum = (await page.Locator(".checksum-line code").TextContentAsync())!.Split(' ')[0];
        await page.GotoAsync("/textes/verifier");
        await page.GetByLabel("Empreinte SHA-256").FillAsync(checksum);
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".verdict")).ToContainTextAsync("Protocole additionnel d'essai relatif à la défense");
    }

    [Fact]
    public async Task WritingAndSubmittingAnArticle_WorksWithoutJavaScript()
    {
        await Portal.Factory.CreateAccountAsync("sans-js@aes.test", Roles.Writer);
        var page = await Portal.SignInPageAsync("sans-js@aes.test", javaScript: false);

        await BackOffice.WriteArticleAsync(page, "Écrit sans JavaScript", "Corps écrit sans JavaScript.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Soumettre au Secrétariat Permanent" }).ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Soumis");
        Assert.Equal(
            PublicationStatus.Submitted,
            await Portal.Factory.InStoreAsync(db => db.Articles.Where(a => a.Title == "Écrit sans JavaScript").Select(a => a.Status).SingleAsync()));
    }
}
