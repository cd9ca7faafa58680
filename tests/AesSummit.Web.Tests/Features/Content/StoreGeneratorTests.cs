using System.Net;
using AesSummit.Web.Features.Content;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace AesSummit.Web.Tests.Features.Content;

/// <summary>The generator fills an empty store with fictitious content a visitor can browse, and touches no other store.</summary>
public sealed class StoreGeneratorTests : IDisposable
{
    private readonly SummitAppFactory _factory = new(importOnStartup: false);

    public void Dispose() => _factory.Dispose();

    private async Task GenerateAsync(int summits, int articles, int texts)
    {
        await using var scope = _factory.Scope();
        await scope.ServiceProvider.GetRequiredService<StoreGenerator>().GenerateAsync(summits, articles, texts);
    }

    [Fact]
    public async Task Generate_IntoAnEmptyStore_WritesBrowsableSpecimens()
    {
        _ = _factory.Client();

        await GenerateAsync(summits: 3, articles: 1200, texts: 12);

        Assert.Equal(3, await _factory.InStoreAsync(db => db.Summits.CountAsync()));
        Assert.Equal(90, await _factory.InStoreAsync(db => db.Sessions.CountAsync()));
        Assert.Equal(1200, await _factory.InStoreAsync(db => db.Articles.CountAsync(a => a.IsSample)));
        Assert.Equal(12, await _factory.InStoreAsync(db => db.OfficialTexts.CountAsync(t => t.IsSample)));
        var visitor = _factory.Client();
        foreach (var path in new[] { "/", "/programme", "/journal", "/journal?page=120", "/journal/depeche-fictive-1200", "/textes", "/textes/texte-fictif-7", "/recherche?q=fictive" })
        {
            Assert.True((await visitor.GetAsync(path)).StatusCode == HttpStatusCode.OK, path);
        }

        var article = await visitor.GetDocumentAsync("/journal/depeche-fictive-1");
        Assert.Contains("Texte de démonstration", article.Body!.TextContent, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(await visitor.GetByteArrayAsync("/textes/texte-fictif-7/telecharger"));
        Assert.Contains("TEXTE FICTIF", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_IntoAStoreWithContent_IsRefusedAndChangesNothing()
    {
        using var imported = new SummitAppFactory();
        _ = imported.Client();
        var articles = await imported.InStoreAsync(db => db.Articles.CountAsync());
        await using var scope = imported.Scope();

        await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<StoreGenerator>().GenerateAsync(1, 10, 1));

        Assert.Equal(articles, await imported.InStoreAsync(db => db.Articles.CountAsync()));
    }
}
