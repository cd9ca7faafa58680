using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>The article forms as a browser uses them: a preview first, then the save from the page the preview showed.</summary>
public sealed class ArticleFormTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["Input.Title"] = "Aperçu puis enregistrement",
        ["Input.Summary"] = "Résumé.",
        ["Input.Body"] = "Un paragraphe **important**.",
        ["Input.Pillars"] = "diplomatie",
    };

    /// <summary>Posts the form to its preview button's address, as the browser does, and returns the page it shows and its address.</summary>
    private static async Task<(IHtmlFormElement Form, string Url)> PreviewAsync(HttpClient writer, string pageUrl, Dictionary<string, string> fields)
    {
        var page = await writer.GetDocumentAsync(pageUrl);
        var form = (IHtmlFormElement)page.QuerySelector("main form")!;
        var previewUrl = new Uri(new Uri("http://localhost" + pageUrl), page.QuerySelector("main form button[formaction]")!.GetAttribute("formaction")!).PathAndQuery;
        using var preview = await writer.PostFormAsync(form, pageUrl, fields, formAction: previewUrl);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var shown = Html.Parse(await preview.Content.ReadAsStringAsync());
        Assert.Contains("important", shown.QuerySelector(".preview")!.TextContent, StringComparison.Ordinal);
        return ((IHtmlFormElement)shown.QuerySelector("main form")!, previewUrl);
    }

    [Fact]
    public async Task New_PreviewThenSaveDraft_SavesTheDraft()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var (form, previewUrl) = await PreviewAsync(writer, "/gestion/articles/nouveau", Fields);

        using var saved = await writer.PostFormAsync(form, previewUrl);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await _factory.InStoreAsync(db => db.Articles.CountAsync(a => a.Title == "Aperçu puis enregistrement")));
    }

    [Fact]
    public async Task Edit_PreviewThenSave_SavesTheChange()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync("/gestion/articles/nouveau", "main form", Fields)).StatusCode);
        var id = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Title == "Aperçu puis enregistrement").Select(a => a.Id).SingleAsync());
        var (form, previewUrl) = await PreviewAsync(writer, $"/gestion/articles/{id}/modifier", new(Fields) { ["Input.Body"] = "Corps **important** corrigé." });

        using var saved = await writer.PostFormAsync(form, previewUrl);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Corps **important** corrigé.", await _factory.InStoreAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync()));
    }
}
