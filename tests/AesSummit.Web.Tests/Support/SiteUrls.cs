using AesSummit.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Support;

/// <summary>The portal's pages, for the tests that walk them all.</summary>
public static class SiteUrls
{
    /// <summary>The one page of <see cref="Public"/> that answers 404.</summary>
    public const string MissingPage = "/page-inexistante";

    /// <summary>The titles of the draft and the text <see cref="BackOfficeAsync(SummitAppFactory, HttpClient)"/> and the browser tests write first.</summary>
    public const string DraftTitle = "Brouillon de parcours";

    public const string TextTitle = "Texte de parcours";

    /// <summary>Every public page kind, on the test content.</summary>
    public static readonly string[] Public =
    [
        "/", "/programme", "/programme/modifications", "/sommets", "/sommets/bamako-test", "/sommets/bamako-test/programme",
        "/journal", "/journal?pilier=diplomatie", "/journal/conseil-des-ministres", "/textes", "/textes/protocole-essai",
        "/textes/verifier", "/recherche?q=protocole", "/confederation", "/mediatheque", "/compte/connexion", MissingPage,
        // In English: translated pages, and pages that show their French original, marked as such.
        "/en/", "/en/journal/conseil-des-ministres", "/en/journal/ouverture-experts", "/en/textes/traite-essai", "/en/recherche?q=meeting",
    ];

    /// <summary>
    /// Every back-office page, for a signed-in account in every role; <paramref name="staff"/> first writes a draft,
    /// since only its author may edit one.
    /// </summary>
    public static async Task<string[]> BackOfficeAsync(SummitAppFactory factory, HttpClient staff)
    {
        var created = await staff.SubmitAsync("/gestion/articles/nouveau", "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = DraftTitle,
            ["Input.Summary"] = "Résumé.",
            ["Input.Body"] = "Corps.",
            ["Input.Pillars"] = "diplomatie",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);
        var pdf = await File.ReadAllBytesAsync(Path.Combine(TempFolder.TestContentPath, "textes", "protocole-essai.pdf"));
        var uploaded = await staff.SubmitAsync("/gestion/textes/nouveau", "main form", new Dictionary<string, string>
        {
            ["Input.Reference"] = "AES/TEST/2025/99",
            ["Input.Title"] = TextTitle,
            ["Input.Kind"] = "declaration",
            ["Input.AdoptingBody"] = "Collège des Chefs d'État",
            ["Input.AdoptedOn"] = "2025-12-23",
            ["Input.Language"] = "fr",
            ["Input.Summary"] = "Résumé.",
        }, ("Input.File", "texte.pdf", pdf));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, uploaded.StatusCode);
        return await BackOfficePagesAsync(factory);
    }

    /// <summary>Every back-office page, once the signed-in account has written the draft <see cref="DraftTitle"/> and the text <see cref="TextTitle"/>.</summary>
    public static async Task<string[]> BackOfficePagesAsync(SummitAppFactory factory)
    {
        var article = await factory.InStoreAsync(db => db.Articles.Where(a => a.Title == DraftTitle).Select(a => a.Id).SingleAsync());
        var text = await factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Title == TextTitle).Select(t => t.Id).SingleAsync());
        var session = await factory.InStoreAsync(db => db.Sessions.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var revision = await factory.InStoreAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == article).Select(r => r.Id).FirstAsync());
        var summit = await factory.InStoreAsync(db => db.Summits.OrderBy(s => s.Id).Select(s => s.Slug).FirstAsync());
        return
        [
            "/gestion", "/gestion/articles", "/gestion/articles/nouveau", $"/gestion/articles/{article}", $"/gestion/articles/{article}/modifier",
            $"/gestion/articles/{article}/versions/{revision}", "/gestion/articles?q=parcours&etat=Draft",
            "/gestion/textes", "/gestion/textes/nouveau", $"/gestion/textes/{text}", $"/gestion/textes/{text}/modifier",
            "/gestion/programme", $"/gestion/programme/seances/{session}", $"/gestion/programme/seances/nouvelle?sommet={summit}",
            "/gestion/comptes", "/compte/mot-de-passe",
        ];
    }

    public static readonly string[] AllRoles = [Roles.Writer, Roles.PermanentSecretariat, Roles.Administrator];
}
