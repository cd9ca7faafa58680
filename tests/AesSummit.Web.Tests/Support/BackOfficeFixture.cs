using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Support;

/// <summary>Ids of one item of each kind, for tests that address back-office URLs.</summary>
/// <param name="ImageFile">The last part of an image file's address ("{sha256}.png"): the test content's lead image.</param>
/// <param name="OriginalArticleId">A published French article of the test content with no English version yet.</param>
public sealed record BackOfficeItems(int ArticleId, int TextId, int SessionId, string TextFileSha256, long ArticleRevisionId, int CorrectedArticleId, string ImageFile, int OriginalArticleId)
{
    /// <summary>A submitted article and a submitted text written by someone else, and a session of the test content.</summary>
    public static async Task<BackOfficeItems> ArrangeAsync(SummitAppFactory factory)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var article = new ArticleBuilder().WithSlug("soumis").Draft(TestActors.Writer);
        article.Submit(TestActors.Writer, now);
        var pdf = await File.ReadAllBytesAsync(Path.Combine(TempFolder.TestContentPath, "textes", "traite-essai.pdf"));
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        var text = OfficialText.CreateDraft("texte-soumis",
            new OfficialTextMetadata("AES/X/1", "Texte soumis", TextKind.Declaration, "Collège", new DateOnly(2025, 12, 23), "fr", "Résumé.", null, true),
            new UploadedFile("x.pdf", PdfFile.MediaType, pdf.Length, sha), TestActors.Writer, now);
        text.Submit(TestActors.Writer, now);
        db.Articles.Add(article);
        db.OfficialTexts.Add(text);
        // A published article with a correction under way by someone else.
        var corrected = new ArticleBuilder().WithSlug("corrige").PublishedAt(now.AddDays(-1)).Published();
        db.Articles.Add(corrected);
        await db.SaveChangesAsync();
        db.ArticleEditions.Add(corrected.StartEdition(TestActors.Writer, now));
        await db.SaveChangesAsync();
        var session = await db.Sessions.Where(s => s.Slug == "conseil-pleniere").Select(s => s.Id).SingleAsync();
        var image = (await db.ArticleImages.Where(i => i.IsLead).FirstAsync()).Original;
        var original = await db.Articles.Where(a => a.Slug == "ouverture-experts").Select(a => a.Id).SingleAsync();
        return new BackOfficeItems(article.Id, text.Id, session, sha, article.Revisions[0].Id, corrected.Id, $"{image.Sha256}.{image.Extension}", original);
    }
}
