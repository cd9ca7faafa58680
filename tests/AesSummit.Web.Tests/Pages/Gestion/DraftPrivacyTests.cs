using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>A draft is its author's alone until it is submitted: its page, its versions and its file answer 404 to anyone else.</summary>
public sealed class DraftPrivacyTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SomeoneElsesDraft_IsNotFound_UntilItIsSubmitted()
    {
        var author = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var other = await _factory.SignedInAsync("autre@aes.test", Roles.Writer, Roles.PermanentSecretariat);
        var page = await ArticleForms.CreateAsync(author, "Brouillon personnel");
        var version = (await author.GetDocumentAsync(page)).QuerySelector("ol.revisions a")!.GetAttribute("href")!;
        var pdf = Pdfs.Fresh("brouillon de texte");
        var uploaded = await author.SubmitAsync("/gestion/textes/nouveau", "main form", TextForms.Metadata("Texte personnel"), ("Input.File", "t.pdf", pdf));
        var textPage = ArticleForms.PathOf(uploaded);
        var file = $"{textPage}/fichiers/{Pdfs.Sha256(pdf)}";

        foreach (var url in new[] { page, version, textPage, file })
        {
            Assert.Equal(HttpStatusCode.OK, (await author.GetAsync(url)).StatusCode);
            Assert.True((await other.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitAsync(page, "form[action*=Submit]")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(page)).StatusCode);
        Assert.Equal(1, await _factory.InStoreAsync(db => db.Articles.CountAsync(a => a.Title == "Brouillon personnel")));
    }
}
