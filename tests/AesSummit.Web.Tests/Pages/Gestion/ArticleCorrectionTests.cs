using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>
/// Correcting what is published: a writer prepares a correction from the published article, the public keeps reading the
/// published words until the Secretariat validates it (four eyes), and the validated correction shows its note and updates the feeds.
/// </summary>
public sealed class ArticleCorrectionTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<string> PublishedArticlePageAsync() =>
        $"/gestion/articles/{await _factory.InStoreAsync(db => db.Articles.Where(a => a.Slug == "conseil-des-ministres" && a.Language == "fr").Select(a => a.Id).SingleAsync())}";

    private static async Task PrepareAsync(HttpClient writer, string page, string body, string note)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=StartEdition]")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync($"{page}/correction", "main form", new Dictionary<string, string>
        {
            ["Input.Body"] = body,
            ["Input.ChangeNote"] = note,
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=SubmitEdition]")).StatusCode);
    }

    [Fact]
    public async Task Correction_IsPublicOnlyOnceValidated_WithItsNote_AndTheFeedsShowTheUpdate()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = await PublishedArticlePageAsync();
        var before = (await _factory.Client().GetDocumentAsync("/journal/conseil-des-ministres")).QuerySelector(".prose")!.TextContent;

        await PrepareAsync(writer, page, "Le Conseil s'est réuni au Palais de Koulouba, à Bamako.", "Lieu précisé.");

        Assert.Equal(before, (await _factory.Client().GetDocumentAsync("/journal/conseil-des-ministres")).QuerySelector(".prose")!.TextContent);
        var review = await secretariat.GetDocumentAsync(page);
        Assert.NotEmpty(review.QuerySelectorAll("section[aria-labelledby=edition-title] ins"));

        _factory.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=ValidateEdition]")).StatusCode);

        var article = await _factory.Client().GetDocumentAsync("/journal/conseil-des-ministres");
        Assert.Equal("Le Conseil s'est réuni au Palais de Koulouba, à Bamako.", article.QuerySelector(".prose")!.TextContent.Trim());
        Assert.Equal("Mis à jour le 21 décembre 2025 : Lieu précisé.", article.QuerySelector(".updates li")!.TextContent.Trim());
        using var reader = XmlReader.Create(new StringReader(await _factory.Client().GetStringAsync("/journal/atom.xml")));
        var entry = SyndicationFeed.Load(reader).Items.Single(i => i.Id.EndsWith("/journal/conseil-des-ministres", StringComparison.Ordinal));
        Assert.True(entry.LastUpdatedTime > entry.PublishDate);
    }

    [Fact]
    public async Task Correction_ByItsOwnWriter_CannotBeValidatedByThem()
    {
        var both = await _factory.SignedInAsync("double@aes.test", Roles.Writer, Roles.PermanentSecretariat);
        var page = await PublishedArticlePageAsync();

        await PrepareAsync(both, page, "Corps corrigé par la même personne.", "Coquille.");

        Assert.Null((await both.GetDocumentAsync(page)).QuerySelector("form[action*=ValidateEdition]"));
        var token = (await both.GetDocumentAsync(page)).QuerySelector("form[action*=SendBackEdition] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = (await both.GetDocumentAsync(page)).QuerySelector("form[action*=SendBackEdition] input[name=Version]")!.GetAttribute("value")!;
        using var refused = await both.PostAsync($"{page}?handler=ValidateEdition", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = version }));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Corps corrigé", (await _factory.Client().GetDocumentAsync("/journal/conseil-des-ministres")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correction_SentBack_GoesBackToItsWriter_AndWithoutANoteCannotBeSubmitted()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = await PublishedArticlePageAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=StartEdition]")).StatusCode);

        using var noNote = await writer.SubmitAsync(page, "form[action*=SubmitEdition]");
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("note publique", Html.Parse(await noNote.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync($"{page}/correction", "main form", new Dictionary<string, string> { ["Input.ChangeNote"] = "Précision." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=SubmitEdition]")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=SendBackEdition]", new Dictionary<string, string> { ["Reason"] = "Citer la source." })).StatusCode);

        Assert.Contains("Citer la source.", (await writer.GetDocumentAsync(page)).QuerySelector("section[aria-labelledby=edition-title]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await writer.GetDocumentAsync($"{page}/correction")).QuerySelector("main form"));
    }

    [Fact]
    public async Task TwoWriters_StartingACorrectionTogether_OnlyOneGetsIt()
    {
        var first = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var second = await _factory.SignedInAsync("redacteur2@aes.test", Roles.Writer);
        var page = await PublishedArticlePageAsync();
        var forms = new[]
        {
            await first.PrepareAsync(page, "form[action*=StartEdition]"),
            await second.PrepareAsync(page, "form[action*=StartEdition]"),
        };

        var responses = await Together.ReleaseAsync(forms);

        // The second writer's start meets the first one's open correction (one per article), or the article's moved version.
        Assert.Equal([302, 409], responses.Statuses());
        Assert.Equal(1, await _factory.InStoreAsync(db => db.ArticleEditions.CountAsync()));
    }

    [Fact]
    public async Task SubmittedCorrection_WaitsOnTheSecretariatsDesk_AndIsOnItsWritersDesk()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = await PublishedArticlePageAsync();
        var title = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Slug == "conseil-des-ministres" && a.Language == "fr").Select(a => a.Title).SingleAsync());

        await PrepareAsync(writer, page, "Corps corrigé.", "Précision.");

        var waiting = (await secretariat.GetDocumentAsync("/gestion")).QuerySelectorAll("section[aria-labelledby=validate-title] .desk li");
        Assert.Contains(waiting, li => li.QuerySelector("a")!.TextContent.Trim() == title && li.TextContent.Contains("Correction en cours", StringComparison.Ordinal));
        var mine = (await writer.GetDocumentAsync("/gestion")).QuerySelectorAll("section[aria-labelledby=mine-title] .desk li > a");
        Assert.Contains(mine, a => a.TextContent.Trim() == title);
    }
}
