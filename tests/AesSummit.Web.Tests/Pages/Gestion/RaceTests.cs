using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>
/// Several people pressing the same button at the same instant, the requests released together: nobody gets a 500, no
/// acknowledged write is lost, a move that loses gets the conflict message, and the audit trail holds one entry per move made.
/// </summary>
public sealed class RaceTests : IDisposable
{
    private const int Rounds = 3;
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Article(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Summary"] = "Résumé.",
        ["Input.Body"] = "Corps de l'article.",
        ["Input.Pillars"] = "diplomatie",
    };

    [Fact]
    public async Task EightNewArticlesWithTheSameTitle_AreAllSavedUnderDistinctSlugs()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        for (var round = 0; round < Rounds; round++)
        {
            var title = $"Communiqué simultané {round}";
            var posts = new List<Func<Task<HttpResponseMessage>>>();
            for (var i = 0; i < 8; i++)
            {
                posts.Add(await writer.PrepareAsync("/gestion/articles/nouveau", "main form", Article(title)));
            }

            var responses = await Together.ReleaseAsync(posts);

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
            var slugs = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Title == title).Select(a => a.Slug).ToListAsync());
            Assert.Equal(8, slugs.Distinct().Count());
            Assert.Contains($"communique-simultane-{round}", slugs);
            // Every redirect leads to its own article.
            Assert.Equal(8, responses.Select(r => r.Headers.Location!.OriginalString).Distinct().Count());
        }
    }

    [Fact]
    public async Task EightNewTextsWithTheSamePdf_AreAllSavedAndTheFileIsStoredOnce()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        for (var round = 0; round < Rounds; round++)
        {
            var pdf = Pdfs.Fresh($"texte commun {round}");
            var posts = new List<Func<Task<HttpResponseMessage>>>();
            for (var i = 0; i < 8; i++)
            {
                // Half of them share a title too, so that the slug and the file collide at once.
                posts.Add(await writer.PrepareAsync("/gestion/textes/nouveau", "main form", TextForms.Metadata($"Déclaration simultanée {round} {i % 2}", "AES/CCE/2025/R-01"), ("Input.File", "commun.pdf", pdf)));
            }

            var responses = await Together.ReleaseAsync(posts);

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
            var sha = Pdfs.Sha256(pdf);
            Assert.Equal(8, await _factory.InStoreAsync(db => db.TextFileVersions.CountAsync(f => f.Sha256 == sha)));
            Assert.Equal(1, await _factory.InStoreAsync(db => db.StoredFiles.CountAsync(f => f.Sha256 == sha)));
            Assert.Equal(8, (await _factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Title.StartsWith($"Déclaration simultanée {round}")).Select(t => t.Slug).ToListAsync())).Distinct().Count());
        }
    }

    [Fact]
    public async Task EightFileProposalsOnOneText_OneIsKeptAndTheOthersAreToldTheyLost()
    {
        var (writer, _, page) = await PublishedTextAsync();
        var before = await FileProposalsAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var posts = new List<Func<Task<HttpResponseMessage>>>();
            var files = Enumerable.Range(0, 8).Select(i => Pdfs.Fresh($"proposition {round}.{i}")).ToList();
            foreach (var file in files)
            {
                posts.Add(await writer.PrepareAsync(page, "form[action*=ProposeEdition]", TextForms.NewEdition, file: ("NewFile", "proposition.pdf", file)));
            }

            var responses = await Together.ReleaseAsync(posts);

            Assert.Equal([302, 409, 409, 409, 409, 409, 409, 409], responses.Statuses());
            var winner = files[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.Redirect)];
            Assert.Equal(Pdfs.Sha256(winner), await _factory.InStoreAsync(db => db.TextFileVersions.Where(f => f.Number == 0).Select(f => f.Sha256).SingleAsync()));
            Assert.Equal(before + round + 1, await FileProposalsAsync());
        }
    }

    [Fact]
    public async Task FourValidationsOfTheSameProposedFile_PromoteItOnceWithOneAuditEntry()
    {
        var (writer, secretariat, page) = await PublishedTextAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var file = Pdfs.Fresh($"version {round + 2}");
            Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=ProposeEdition]", TextForms.NewEdition, file: ("NewFile", "v.pdf", file))).StatusCode);
            var posts = new List<Func<Task<HttpResponseMessage>>>();
            for (var i = 0; i < 4; i++)
            {
                posts.Add(await secretariat.PrepareAsync(page, "form[action*=ValidateFile]"));
            }

            var responses = await Together.ReleaseAsync(posts);

            Assert.Equal([302, 409, 409, 409], responses.Statuses());
            var validated = await _factory.InStoreAsync(db => db.TextAuditEntries.CountAsync(e => e.Action == WorkflowAction.FileValidated));
            Assert.Equal(round + 1, validated);
            var numbers = await _factory.InStoreAsync(db => db.TextFileVersions.Where(f => f.Sha256 == Pdfs.Sha256(file)).Select(f => f.Number).ToListAsync());
            Assert.Equal([round + 2], numbers);
        }
    }

    [Fact]
    public async Task FourValidationsOfTheSameArticle_PublishItOnceWithOneAuditEntry()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        for (var round = 0; round < Rounds; round++)
        {
            var title = $"Article à valider {round}";
            Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync("/gestion/articles/nouveau", "main form", Article(title))).StatusCode);
            var id = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());
            var page = $"/gestion/articles/{id}";
            Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=Submit]")).StatusCode);
            var posts = new List<Func<Task<HttpResponseMessage>>>();
            for (var i = 0; i < 4; i++)
            {
                posts.Add(await secretariat.PrepareAsync(page, "form[action*=Validate]"));
            }

            var responses = await Together.ReleaseAsync(posts);

            Assert.Equal([302, 409, 409, 409], responses.Statuses());
            Assert.Equal(1, await _factory.InStoreAsync(db => db.ArticleAuditEntries.CountAsync(e => e.ArticleId == id && e.Action == WorkflowAction.Validated)));
        }
    }

    private Task<int> FileProposalsAsync() =>
        _factory.InStoreAsync(db => db.TextAuditEntries.CountAsync(e => e.Action == WorkflowAction.FileProposed));

    private async Task<(HttpClient Writer, HttpClient Secretariat, string Page)> PublishedTextAsync()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = await TextForms.PublishAsync(_factory, writer, secretariat, TextForms.Metadata("Texte très demandé", "AES/CCE/2025/R-01"), Pdfs.Fresh("version 1"));
        return (writer, secretariat, page);
    }
}
