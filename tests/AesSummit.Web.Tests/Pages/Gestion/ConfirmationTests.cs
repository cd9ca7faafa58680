using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>Every back-office action says on the next page that it was done (once), and refusals say what is wrong, once.</summary>
public sealed class ConfirmationTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>Follows the redirect an action answered with, and returns the confirmation the next page shows.</summary>
    private static async Task<string?> ConfirmationAfterAsync(HttpClient client, HttpResponseMessage action)
    {
        Assert.Equal(HttpStatusCode.Redirect, action.StatusCode);
        var next = await client.GetDocumentAsync(action.Headers.Location!.ToString());
        return next.QuerySelector(".flash[role=status]")?.TextContent.Trim();
    }

    [Fact]
    public async Task ArticleMoves_AreEachConfirmedOnTheNextPage_Once()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);

        var created = await writer.SubmitAsync("/gestion/articles/nouveau", "main form", ArticleForms.Fields("Dépêche confirmée"));
        var page = created.Headers.Location!.ToString();

        Assert.Equal("Brouillon enregistré.", await ConfirmationAfterAsync(writer, created));
        Assert.Null((await writer.GetDocumentAsync(page)).QuerySelector(".flash"));
        Assert.Equal("Envoyé au Secrétariat Permanent : il attend sa validation.", await ConfirmationAfterAsync(writer, await writer.SubmitAsync(page, "form[action*=Submit]")));
        Assert.Equal("Validé et publié : le public le voit dès maintenant.", await ConfirmationAfterAsync(secretariat, await secretariat.SubmitAsync(page, "form[action*=Validate]")));
    }

    [Fact]
    public async Task Accounts_CreatedAndDisabled_AreConfirmed_AndATakenAddressIsSaidOnce()
    {
        var admin = await _factory.SignedInAsync("admin@aes.test", Roles.Administrator);
        var account = new Dictionary<string, string>
        {
            ["Input.Email"] = "nouvelle@aes.test",
            ["Input.Password"] = "une phrase de passe solide",
            ["Input.Roles"] = Roles.Writer,
        };

        Assert.Equal("Compte nouvelle@aes.test créé.", await ConfirmationAfterAsync(admin, await admin.SubmitAsync("/gestion/comptes", "form[action*=Create]", account)));

        using var again = await admin.SubmitAsync("/gestion/comptes", "form[action*=Create]", account);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var errors = Html.Parse(await again.Content.ReadAsStringAsync()).QuerySelectorAll(".form-errors li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Un compte existe déjà pour nouvelle@aes.test."], errors);

        var disable = (IHtmlFormElement)(await admin.GetDocumentAsync("/gestion/comptes")).QuerySelectorAll("form[action*=Disable]")
            .Single(f => f.QuerySelector("input[name=email]")!.GetAttribute("value") == "nouvelle@aes.test");
        Assert.Equal("Compte nouvelle@aes.test désactivé : il ne peut plus se connecter.", await ConfirmationAfterAsync(admin, await admin.PostFormAsync(disable, "/gestion/comptes")));
    }

    [Fact]
    public async Task Accounts_AKnownPasswordWithDigits_IsRefused()
    {
        var admin = await _factory.SignedInAsync("admin@aes.test", Roles.Administrator);

        using var response = await admin.SubmitAsync("/gestion/comptes", "form[action*=Create]", new Dictionary<string, string>
        {
            ["Input.Email"] = "faible@aes.test",
            ["Input.Password"] = "motdepasse12",
            ["Input.Roles"] = Roles.Writer,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await _factory.InStoreAsync(db => db.Users.CountAsync(u => u.Email == "faible@aes.test")));
    }

    [Fact]
    public async Task NewText_WithTheSameFileAsAnother_IsSavedButSaysSo()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var existing = Pdfs.FromTestContent("protocole-essai.pdf");

        var created = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", TextForms.Metadata("Copie du protocole"), ("Input.File", "copie.pdf", existing));

        Assert.Equal("Brouillon enregistré. Attention : son fichier est identique, octet pour octet, à celui du texte « Protocole additionnel d'essai relatif à la défense ».", await ConfirmationAfterAsync(writer, created));
        var note = (await writer.GetDocumentAsync(created.Headers.Location!.ToString())).QuerySelector(".note[role=note]")!;
        Assert.Contains("Protocole additionnel d'essai relatif à la défense", note.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditOfAPublishedArticle_Says403WithTheReason()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var id = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Slug == "conseil-des-ministres" && a.Language == "fr").Select(a => a.Id).SingleAsync());

        using var response = await writer.GetAsync($"/gestion/articles/{id}/modifier");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Cet élément est publié : il ne se modifie plus ici.", page.QuerySelector("main [role=alert]")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_OfAnEdit_SaysTheStateOnce()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var page = await ArticleForms.CreateAsync(writer, "Dépêche modifiée");
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync($"{page}/modifier", "main form", new Dictionary<string, string> { ["Input.Body"] = "Corps corrigé." })).StatusCode);

        var changes = (await writer.GetDocumentAsync(page)).QuerySelectorAll("section[aria-labelledby=history-title] tbody tr td:nth-child(4)").Select(td => td.TextContent.Trim()).ToList();

        Assert.Equal(["Brouillon", "Brouillon"], changes);
    }
}
