using AesSummit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Support;

/// <summary>A comparable picture of everything the store holds, to prove an operation changed nothing.</summary>
public static class StoreSnapshot
{
    public static async Task<string> TakeAsync(SummitDbContext db)
    {
        db.ChangeTracker.Clear();
        var summits = await db.Summits.Include(s => s.Phases).ThenInclude(p => p.Sessions).AsSplitQuery().ToListAsync();
        var articles = await db.Articles.ToListAsync();
        var texts = await db.OfficialTexts.Include(t => t.Files).ToListAsync();
        var pages = await db.ContentPages.ToListAsync();
        var files = await db.StoredFiles.Select(f => f.Sha256).OrderBy(s => s).ToListAsync();
        return string.Join("\n",
            summits.OrderBy(s => s.Slug).Select(s => $"summit {s.Slug} {s.ComputeFingerprint()} {s.ImportFingerprint} {s.Version}")
            .Concat(articles.OrderBy(a => a.Slug).Select(a => $"article {a.Slug} {a.ComputeFingerprint()} {a.ImportFingerprint} {a.Version}"))
            .Concat(texts.OrderBy(t => t.Slug).Select(t => $"text {t.Slug} {t.ComputeFingerprint()} {t.ImportFingerprint} {t.Files.Count} {t.Version}"))
            .Concat(pages.OrderBy(p => p.Slug).Select(p => $"page {p.Slug} {p.ComputeFingerprint()} {p.Version}"))
            .Concat(files.Select(f => $"file {f}")));
    }
}
