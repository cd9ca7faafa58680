using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>The validation workflow through HTTP, with real forms and antiforgery tokens.</summary>
public sealed class ArticleWorkflowPageTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private Task<int> IdOfAsync(string title) =>
        _factory.InStoreAsync(db => db.Articles.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());

    private Task<PublicationStatus> StatusOfAsync(int id) =>
        _factory.InStoreAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());

    private static Task<HttpResponseMessage> CreateAsync(HttpClient writer, string title) =>
        writer.SubmitAsync("/gestion/articles/nouveau", "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Summary"] = "Résumé de l'article.",
            ["Input.Body"] = "Premier paragraphe.\n\n## Suite\n\nSecond paragraphe.",
            ["Input.Pillars"] = "diplomatie",
        });

    [Fact]
    public async Task FullJourney_WriteSubmitSendBackCorrectValidate_IsPublishedWithTheStamp()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);

        Assert.Equal(HttpStatusCode.Redirect, (await CreateAsync(writer, "Les experts achèvent leurs travaux")).StatusCode);
        var id = await IdOfAsync("Les experts achèvent leurs travaux");
        var page = $"/gestion/articles/{id}";
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.Client().GetAsync("/journal/les-experts-achevent-leurs-travaux")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=Submit]")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=SendBack]", new Dictionary<string, string> { ["Reason"] = "Citer la date de clôture." })).StatusCode);
        Assert.Equal(PublicationStatus.SentBack, await StatusOfAsync(id));
        Assert.Contains("Citer la date de clôture.", (await writer.GetDocumentAsync(page)).Body!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync($"{page}/modifier", "main form", new Dictionary<string, string> { ["Input.Body"] = "Les travaux se sont achevés le 18 décembre." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=Submit]")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=Validate]")).StatusCode);

        var article = await _factory.Client().GetDocumentAsync("/journal/les-experts-achevent-leurs-travaux");
        Assert.Contains("Les travaux se sont achevés le 18 décembre.", article.QuerySelector(".prose")!.TextContent);
        Assert.Equal("Validé par le Secrétariat Permanent le 21 décembre 2025", article.QuerySelector(".stamp")!.TextContent.Trim());
        var history = await _factory.InStoreAsync(db => db.ArticleAuditEntries.Where(e => e.ArticleId == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(
            [WorkflowAction.Created, WorkflowAction.Submitted, WorkflowAction.SentBack, WorkflowAction.Edited, WorkflowAction.Submitted, WorkflowAction.Validated],
            history);
    }

    [Fact]
    public async Task Preview_RendersTheMarkdownOnTheServerWithoutSaving()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);

        var preview = await writer.PostFormAsync(
            (AngleSharp.Html.Dom.IHtmlFormElement)(await writer.GetDocumentAsync("/gestion/articles/nouveau")).QuerySelector("main form")!,
            "/gestion/articles/nouveau",
            new Dictionary<string, string> { ["Input.Title"] = "Brouillon", ["Input.Body"] = "## Intertitre\n\n<script>alert(1)</script>" },
            formAction: "/gestion/articles/nouveau?handler=Preview");
        var document = await preview.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("Intertitre", document.QuerySelector(".preview .prose h2")!.TextContent);
        Assert.Empty(document.QuerySelectorAll(".preview script"));
        Assert.Equal(0, await _factory.InStoreAsync(db => db.Articles.CountAsync(a => a.Title == "Brouillon")));
    }

    [Fact]
    public async Task Create_WithoutPillar_ShowsAFormErrorAndSavesNothing()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);

        var response = await writer.SubmitAsync("/gestion/articles/nouveau", "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Sans pilier",
            ["Input.Summary"] = "Résumé.",
            ["Input.Body"] = "Texte.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choisissez au moins un pilier.", (await response.ReadDocumentAsync()).Body!.TextContent);
    }

    [Fact]
    public async Task Validate_BySomeoneWhoWroteIt_IsRefusedEvenWithBothRoles()
    {
        var both = await _factory.SignedInAsync("double@aes.test", Roles.Writer, Roles.PermanentSecretariat);
        await CreateAsync(both, "Article à double casquette");
        var id = await IdOfAsync("Article à double casquette");
        await both.SubmitAsync($"/gestion/articles/{id}", "form[action*=Submit]");
        var form = (await both.GetDocumentAsync($"/gestion/articles/{id}")).QuerySelector("form[action*=SendBack]")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var response = await both.PostAsync($"/gestion/articles/{id}?handler=Validate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = version,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("quatre yeux", (await response.ReadDocumentAsync()).Alert()!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PublicationStatus.Submitted, await StatusOfAsync(id));
    }

    [Fact]
    public async Task TwoValidatorsAtOnce_TheSecondGetsAClearMessage()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var first = await _factory.SignedInAsync("sp1@aes.test", Roles.PermanentSecretariat);
        var second = await _factory.SignedInAsync("sp2@aes.test", Roles.PermanentSecretariat);
        await CreateAsync(writer, "Article disputé");
        var id = await IdOfAsync("Article disputé");
        var page = $"/gestion/articles/{id}";
        await writer.SubmitAsync(page, "form[action*=Submit]");
        var firstForm = (AngleSharp.Html.Dom.IHtmlFormElement)(await first.GetDocumentAsync(page)).QuerySelector("form[action*=Validate]")!;
        var secondForm = (AngleSharp.Html.Dom.IHtmlFormElement)(await second.GetDocumentAsync(page)).QuerySelector("form[action*=SendBack]")!;

        var won = await first.PostFormAsync(firstForm, page);
        var lost = await second.PostFormAsync(secondForm, page, new Dictionary<string, string> { ["Reason"] = "À revoir." });

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        Assert.Contains("Quelqu'un d'autre a modifié cet élément", (await lost.ReadDocumentAsync()).Alert()!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PublicationStatus.Published, await StatusOfAsync(id));
    }

    [Fact]
    public async Task Withdraw_KeepsThePublicUrlWithTheNotice()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        await CreateAsync(writer, "Article à retirer");
        var id = await IdOfAsync("Article à retirer");
        var page = $"/gestion/articles/{id}";
        await writer.SubmitAsync(page, "form[action*=Submit]");
        await secretariat.SubmitAsync(page, "form[action*=Validate]");

        var response = await secretariat.SubmitAsync(page, "form[action*=Withdraw]", new Dictionary<string, string> { ["Reason"] = "Publié par erreur <b>deux fois</b>." });
        var notice = await _factory.Client().GetDocumentAsync("/journal/article-a-retirer");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Publié par erreur <b>deux fois</b>.", notice.QuerySelector(".withdrawn")!.TextContent, StringComparison.Ordinal);
        Assert.Null(notice.QuerySelector(".prose"));
        Assert.DoesNotContain("Article à retirer", (await _factory.Client().GetDocumentAsync("/journal")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ByAnotherWriter_Is403()
    {
        var author = await _factory.SignedInAsync("auteur@aes.test", Roles.Writer);
        var other = await _factory.SignedInAsync("autre@aes.test", Roles.Writer);
        await CreateAsync(author, "Article personnel");
        var id = await IdOfAsync("Article personnel");

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/gestion/articles/{id}/modifier")).StatusCode);
    }

    [Fact]
    public async Task Dashboard_ShowsEachRoleWhatWaitsForIt()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        await CreateAsync(writer, "Mon brouillon");
        await CreateAsync(writer, "Mon article soumis");
        await writer.SubmitAsync($"/gestion/articles/{await IdOfAsync("Mon article soumis")}", "form[action*=Submit]");

        var mine = await writer.GetDocumentAsync("/gestion");
        var toValidate = await secretariat.GetDocumentAsync("/gestion");

        Assert.Contains("Mon brouillon", mine.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mon article soumis", mine.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mon article soumis", toValidate.Body!.TextContent, StringComparison.Ordinal);
    }
}
