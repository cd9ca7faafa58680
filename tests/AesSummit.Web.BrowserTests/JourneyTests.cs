using System.Security.Cryptography;
using AesSummit.Web.BrowserTests.Support;
using AesSummit.Web.Features.Accounts;
using Microsoft.Playwright;

namespace AesSummit.Web.BrowserTests;

/// <summary>The journeys the portal exists for, clicked through in Chromium.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class JourneyTests(Chromium chromium) : PortalTest(chromium)
{
    private static ILocator MainNav(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    [Fact]
    public async Task Visitor_GoesFromHomeToProgrammeCalendarArticleAndTextDownload()
    {
        var page = await Portal.NewPageAsync(width: 360);
        await page.GotoAsync("/");
        await Artefacts.OnFailureScreenshotAsync(page, "journey-visitor", async () =>
        {
            await MainNav(page, "Programme").ClickAsync();
            await page.WaitForURLAsync("**/programme");
            var session = page.Locator("#session-conseil-pleniere");
            var calendar = await page.RunAndWaitForDownloadAsync(() => session.GetByRole(AriaRole.Link, new() { Name = "Ajouter à mon agenda" }).ClickAsync());
            var ics = Ical.Net.Calendar.Load(await File.ReadAllTextAsync(await calendar.PathAsync()))!;
            Assert.Equal("Séance plénière du Conseil des Ministres", Assert.Single(ics.Events).Summary);

            await MainNav(page, "Journal du Sommet").ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Le Conseil des Ministres siège au Palais de Koulouba" }).ClickAsync();
            await Assertions.Expect(page.Locator(".stamp")).ToContainTextAsync("Validé par le Secrétariat Permanent");

            await MainNav(page, "Textes officiels").ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Protocole additionnel d'essai relatif à la défense" }).First.ClickAsync();
            var published = (await page.Locator(".checksum-line code").TextContentAsync())!.Split(' ')[0];
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger le PDF" }).ClickAsync());
            var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
            Assert.Equal("AES-TEST-2025-01.pdf", download.SuggestedFilename);
            Assert.Equal(published, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        });
    }

    [Fact]
    public async Task Article_IsWrittenSentBackCorrectedValidatedAndThenPublic()
    {
        const string title = "Les ministres adoptent le relevé de conclusions";
        var writer = await Portal.SignedInPageAsync("redactrice@aes.test", Roles.Writer);
        var secretariat = await Portal.SignedInPageAsync("secretariat@aes.test", Roles.PermanentSecretariat);
        var visitor = await Portal.NewPageAsync();

        await Artefacts.OnFailureScreenshotAsync(writer, "journey-editorial", async () =>
        {
            // The writer writes and submits.
            await BackOffice.WriteArticleAsync(writer, title, "Premier jet, avec une coquille : Kouloubaa.");
            var articleUrl = writer.Url;
            await writer.GetByRole(AriaRole.Button, new() { Name = "Soumettre au Secrétariat Permanent" }).ClickAsync();
            await Assertions.Expect(writer.Locator("main")).ToContainTextAsync("Soumis");

            // Nothing is public yet.
            await visitor.GotoAsync("/journal");
            await Assertions.Expect(visitor.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);

            // The Permanent Secretariat finds it waiting and sends it back with a reason.
            await secretariat.GotoAsync("/gestion");
            await secretariat.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
            await secretariat.GetByLabel("Motif (obligatoire)").FillAsync("Corriger le nom du palais.");
            await secretariat.GetByRole(AriaRole.Button, new() { Name = "Renvoyer", Exact = true }).ClickAsync();
            await Assertions.Expect(secretariat.Locator("main")).ToContainTextAsync("Renvoyé");

            // The writer reads the reason, corrects and submits again.
            await writer.GotoAsync(articleUrl);
            await Assertions.Expect(writer.Locator("main")).ToContainTextAsync("Corriger le nom du palais.");
            await writer.GetByRole(AriaRole.Link, new() { Name = "Modifier", Exact = true }).ClickAsync();
            await writer.GetByLabel("Texte (Markdown)").FillAsync("Version corrigée : au Palais de Koulouba.");
            await writer.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
            await writer.GetByRole(AriaRole.Button, new() { Name = "Soumettre au Secrétariat Permanent" }).ClickAsync();
            await Assertions.Expect(writer.Locator("main")).ToContainTextAsync("Soumis");

            // The Permanent Secretariat validates the corrected version.
            await secretariat.GotoAsync(articleUrl);
            await Assertions.Expect(secretariat.Locator("main")).ToContainTextAsync("Version corrigée");
            await secretariat.GetByRole(AriaRole.Button, new() { Name = "Valider", Exact = true }).ClickAsync();
            await Assertions.Expect(secretariat.Locator("main")).ToContainTextAsync("Publié");

            // The visitor sees it published, with the validation stamp.
            await visitor.GotoAsync("/journal");
            await visitor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await Assertions.Expect(visitor.Locator(".prose")).ToHaveTextAsync("Version corrigée : au Palais de Koulouba.");
            await Assertions.Expect(visitor.Locator(".stamp")).ToHaveTextAsync("Validé par le Secrétariat Permanent le 21 décembre 2025");
        });
    }
}
