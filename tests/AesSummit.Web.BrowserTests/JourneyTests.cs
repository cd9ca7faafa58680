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

    [Fact]
    public async Task Desk_AtPhoneWidth_CorrectsAPublishedArticleAndTextAndCancelsASession()
    {
        var writer = await Portal.SignedInPageAsync("correctrice@aes.test", 360, Roles.Writer);
        var secretariat = await Portal.SignedInPageAsync("sp-bureau@aes.test", 360, Roles.PermanentSecretariat);
        var visitor = await Portal.NewPageAsync(width: 360);

        await Artefacts.OnFailureScreenshotAsync(writer, "journey-desk-writer", async () =>
        {
            // A writer corrects a published article; the public keeps reading it until the Secretariat validates.
            await writer.GotoAsync("/gestion/articles?q=Koulouba");
            await writer.GetByRole(AriaRole.Link, new() { Name = "Le Conseil des Ministres siège au Palais de Koulouba" }).ClickAsync();
            await writer.GetByRole(AriaRole.Button, new() { Name = "Préparer une correction" }).ClickAsync();
            await writer.GetByRole(AriaRole.Link, new() { Name = "Modifier la correction" }).ClickAsync();
            await Axe.AssertNoViolationsAsync(writer, "axe-correction-360");
            await writer.GetByLabel("Texte (Markdown)").FillAsync("Les ministres siègent au Palais de Koulouba, à Bamako.");
            await writer.GetByLabel("Note publique de mise à jour").FillAsync("Lieu précisé.");
            await writer.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
            await writer.GetByRole(AriaRole.Button, new() { Name = "Soumettre la correction au Secrétariat Permanent" }).ClickAsync();
            await Assertions.Expect(writer.Locator("[role=status]").First).ToContainTextAsync("Correction envoyée au Secrétariat Permanent.");

            // A writer proposes a new edition of a published text, correcting its title.
            await writer.GotoAsync("/gestion/textes?q=Trait%C3%A9");
            await writer.GetByRole(AriaRole.Link, new() { Name = "Traité d'essai" }).ClickAsync();
            await writer.GetByLabel("Titre proposé").FillAsync("Traité d'essai portant création");
            await writer.GetByLabel("Note publique de modification").FillAsync("Titre complété.");
            await writer.GetByRole(AriaRole.Button, new() { Name = "Envoyer la nouvelle édition au Secrétariat" }).ClickAsync();
            await Assertions.Expect(writer.Locator("main")).ToContainTextAsync("Nouvelle édition proposée");
        });

        await Artefacts.OnFailureScreenshotAsync(secretariat, "journey-desk-secretariat", async () =>
        {
            // The Secretariat finds both waiting on its desk, reads what changed, and validates.
            await secretariat.GotoAsync("/gestion");
            await secretariat.GetByRole(AriaRole.Link, new() { Name = "Le Conseil des Ministres siège au Palais de Koulouba" }).First.ClickAsync();
            await Assertions.Expect(secretariat.Locator("ins").First).ToBeVisibleAsync();
            await Axe.AssertNoViolationsAsync(secretariat, "axe-edition-review-360");
            await secretariat.GetByRole(AriaRole.Button, new() { Name = "Valider la correction" }).ClickAsync();
            await Assertions.Expect(secretariat.Locator("main")).ToContainTextAsync("Correction validée");

            await secretariat.GotoAsync("/gestion/textes?q=Trait%C3%A9");
            await secretariat.GetByRole(AriaRole.Link, new() { Name = "Traité d'essai" }).ClickAsync();
            await Assertions.Expect(secretariat.Locator(".proposed-edition ins")).ToHaveTextAsync("portant création");
            await Axe.AssertNoViolationsAsync(secretariat, "axe-text-edition-360");
            await secretariat.GetByRole(AriaRole.Button, new() { Name = "Valider et publier cette édition" }).ClickAsync();
            await Assertions.Expect(secretariat.Locator("main")).ToContainTextAsync("Nouvelle édition validée");

            // The Secretariat takes a session off the programme, with its public reason.
            await secretariat.GotoAsync("/gestion/programme");
            await secretariat.GetByRole(AriaRole.Link, new() { Name = "Point de presse final" }).ClickAsync();
            await secretariat.GetByLabel("Raison publique de l'annulation").FillAsync("Remplacé par une conférence de presse commune.");
            await secretariat.GetByRole(AriaRole.Button, new() { Name = "Annuler la séance" }).ClickAsync();
            await Assertions.Expect(secretariat.Locator("main")).ToContainTextAsync("Séance annulée");
            await Axe.AssertNoViolationsAsync(secretariat, "axe-programme-360");
        });

        await Artefacts.OnFailureScreenshotAsync(visitor, "journey-desk-visitor", async () =>
        {
            await visitor.GotoAsync("/journal");
            await visitor.GetByRole(AriaRole.Link, new() { Name = "Le Conseil des Ministres siège au Palais de Koulouba" }).ClickAsync();
            await Assertions.Expect(visitor.Locator(".prose")).ToContainTextAsync("à Bamako");
            await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Lieu précisé.");
            await visitor.GotoAsync("/textes");
            await Assertions.Expect(visitor.GetByRole(AriaRole.Link, new() { Name = "Traité d'essai portant création" }).First).ToBeVisibleAsync();
            await visitor.GotoAsync("/programme/modifications");
            await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Remplacé par une conférence de presse commune.");
        });
    }
}
