using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>Every saved version is kept and can be shown; an article that comes back shows the Secretariat what changed, word by word.</summary>
public sealed class ArticleRevisionTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ResubmittedArticle_ShowsTheSecretariatWhatChangedSinceItsSendBack()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = await ArticleForms.CreateAsync(writer, "Le Conseil siège au palais", "La séance s'ouvre au palais.");
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=Submit]")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=SendBack]", new Dictionary<string, string> { ["Reason"] = "Nommer le palais." })).StatusCode);
        // Moves are moments apart (the test's clock stands still otherwise).
        _factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync($"{page}/modifier", "main form", new Dictionary<string, string> { ["Input.Body"] = "La séance s'ouvre au Palais de Koulouba." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=Submit]")).StatusCode);

        var review = await secretariat.GetDocumentAsync(page);

        var changes = review.QuerySelector("section.changes-since")!;
        Assert.Equal(["palais."], changes.QuerySelectorAll("del").Select(d => d.TextContent.Trim()));
        Assert.Equal(["Palais de Koulouba."], changes.QuerySelectorAll("ins").Select(i => i.TextContent.Trim()));
    }

    [Fact]
    public async Task EverySavedVersion_IsListedAndCanBeShown()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var page = await ArticleForms.CreateAsync(writer, "Le Conseil siège au palais", "Première rédaction.");
        _factory.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync($"{page}/modifier", "main form", new Dictionary<string, string> { ["Input.Body"] = "Seconde rédaction." })).StatusCode);

        var links = (await writer.GetDocumentAsync(page)).QuerySelectorAll("ol.revisions a").Select(a => a.GetAttribute("href")!).ToList();
        var first = await writer.GetDocumentAsync(links[0]);

        var trail = (await writer.GetDocumentAsync(page)).QuerySelectorAll("section[aria-labelledby=history-title] a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal(links, trail);
        Assert.Equal("Première rédaction.", first.QuerySelector(".prose")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"{page}/versions/999999")).StatusCode);
    }

    [Fact]
    [Trait(StoreTrait.Name, StoreTrait.SqliteOnly)]
    public async Task StoreFromBeforeVersions_GivesEachArticleItsCurrentWordsAsAFirstVersion()
    {
        // Originals only: a store older than languages holds no translation.
        using var folder = new TempFolder();
        using var factory = new SummitAppFactory(contentPath: folder.CopyTestOriginals());
        _ = factory.Client();
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var migrator = db.GetService<IMigrator>();
        var before = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        var previous = before[before.FindIndex(m => m.EndsWith("_KeepArticleRevisions", StringComparison.Ordinal)) - 1];

        await migrator.MigrateAsync(previous);
        await migrator.MigrateAsync();

        var articles = await db.Articles.CountAsync();
        Assert.Equal(articles, await db.ArticleRevisions.Select(r => r.ArticleId).Distinct().CountAsync());
    }
}
