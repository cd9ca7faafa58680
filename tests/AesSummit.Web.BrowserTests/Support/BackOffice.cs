using AesSummit.Web.Tests.Support;
using Microsoft.Playwright;

namespace AesSummit.Web.BrowserTests.Support;

/// <summary>What staff do in the browser: write an article, upload a text, through the real forms.</summary>
public static class BackOffice
{
    public static async Task WriteArticleAsync(IPage page, string title, string body, string pillar = "Diplomatie")
    {
        await page.GotoAsync("/gestion/articles/nouveau");
        await page.GetByLabel("Titre", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Résumé", new() { Exact = true }).FillAsync($"Résumé : {title}");
        await page.GetByLabel(pillar, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Texte (Markdown)").FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/nouveau", StringComparison.Ordinal));
    }

    public static async Task UploadTextAsync(IPage page, string title)
    {
        await page.GotoAsync("/gestion/textes/nouveau");
        await page.GetByLabel("Référence").FillAsync("AES/TEST/2025/77");
        await page.GetByLabel("Titre", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Instance d'adoption").FillAsync("Collège des Chefs d'État");
        await page.GetByLabel("Date d'adoption").FillAsync("2025-12-23");
        await page.GetByLabel("Langue (code, par exemple fr)").FillAsync("fr");
        await page.GetByLabel("Résumé", new() { Exact = true }).FillAsync("Un texte d'essai.");
        await page.GetByLabel("Fichier PDF").SetInputFilesAsync(Path.Combine(TempFolder.TestContentPath, "textes", "protocole-essai.pdf"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/nouveau", StringComparison.Ordinal));
    }

    /// <summary>Every back-office page, for <paramref name="page"/>'s account in every role: it first writes a draft and uploads a text, which only their author may edit.</summary>
    public static async Task<string[]> PagesAsync(Portal portal, IPage page)
    {
        await WriteArticleAsync(page, SiteUrls.DraftTitle, "Corps du brouillon.");
        await UploadTextAsync(page, SiteUrls.TextTitle);
        return await SiteUrls.BackOfficePagesAsync(portal.Factory);
    }
}
