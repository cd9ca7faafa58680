using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Features.Content;

/// <summary>
/// Fills an empty store with years of content for measuring the portal at scale (<c>generate --summits 10 --articles 10000
/// --texts 1000</c>). Everything it writes is marked as a specimen and says it is fictitious; the same arguments give the same store.
/// </summary>
public sealed class StoreGenerator(SummitDbContext db, FileStore files, MarkdownRenderer markdown, ILogger<StoreGenerator> logger)
{
    private const int Batch = 500;

    private static readonly (string City, string Country, string Zone)[] Cities =
    [
        ("Bamako", "Mali", "Africa/Bamako"),
        ("Niamey", "Niger", "Africa/Niamey"),
        ("Ouagadougou", "Burkina Faso", "Africa/Ouagadougou"),
    ];

    private static readonly string[] Subjects =
    [
        "la force unifiée", "le corridor commercial", "la banque confédérale", "la radio confédérale", "la libre circulation",
        "l'énergie solaire", "la sécurité alimentaire", "le passeport commun", "les routes transsahéliennes", "la jeunesse",
    ];

    private static readonly string[] Actions =
    [
        "Les experts examinent", "Les ministres adoptent une feuille de route pour", "Point d'étape sur", "Atelier consacré à",
        "Les délégations échangent sur", "Un rapport d'étape détaille",
    ];

    private static readonly Pillar[] Pillars = [Pillar.DefenceAndSecurity, Pillar.Diplomacy, Pillar.Development, Pillar.CommunicationAndMobilisation];

    /// <summary>True when the store has no edition, article or text: the generator writes into nothing else.</summary>
    public async Task<bool> StoreIsEmptyAsync(CancellationToken cancellationToken = default) =>
        !await db.Summits.AnyAsync(cancellationToken) && !await db.Articles.AnyAsync(cancellationToken) && !await db.OfficialTexts.AnyAsync(cancellationToken);

    public async Task GenerateAsync(int summits, int articles, int texts, CancellationToken cancellationToken = default)
    {
        if (!await StoreIsEmptyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The store already holds content: the generator only fills an empty store.");
        }

        var editions = await GenerateSummitsAsync(summits, cancellationToken);
        await GenerateArticlesAsync(articles, editions, cancellationToken);
        await GenerateTextsAsync(texts, editions, cancellationToken);
        logger.LogInformation("Generated {Summits} summits, {Articles} articles and {Texts} texts", summits, articles, texts);
    }

    /// <summary>One edition each half-year from January 2020, the last one featured; three phases of ten sessions each.</summary>
    private async Task<List<(int Id, DateOnly Start)>> GenerateSummitsAsync(int count, CancellationToken cancellationToken)
    {
        var created = new List<Summit>();
        for (var i = 0; i < count; i++)
        {
            var (city, country, zone) = Cities[i % Cities.Length];
            var start = new DateOnly(2020, 1, 13).AddMonths(6 * i);
            var summary = $"Session fictive n° {i + 1}, à {city}. Texte de démonstration généré pour mesurer le portail.";
            var summit = new Summit($"session-fictive-{i + 1}", new SummitDetails(
                $"Session fictive n° {i + 1} du Collège des Chefs d'État", city, country, zone, start, start.AddDays(8),
                IsFeatured: i == count - 1, summary, markdown.ToHtml(summary)));
            var timeZone = TimeZoneInfo.FindSystemTimeZoneById(zone);
            var phases = new List<PhaseDraft>();
            foreach (var (phase, title, offset) in new[] { ("experts", "Réunion des Experts", 0), ("ministres", "Conseil des Ministres", 4), ("chefs-d-etat", "Collège des Chefs d'État", 7) })
            {
                var day = start.AddDays(offset);
                var sessions = Enumerable.Range(0, 10).Select(n =>
                {
                    var local = day.AddDays(n / 5).ToDateTime(new TimeOnly(8 + (2 * (n % 5)), 0));
                    var startUtc = SummitTime.ToUtc(local, timeZone);
                    return new SessionDraft($"{phase}-{n + 1}", new SessionDetails(
                        $"{title} : séance fictive {n + 1}", (SessionKind)(n % 5), startUtc, startUtc.AddHours(1.5),
                        $"Salle fictive {(n % 4) + 1}, {city}", string.Empty, string.Empty, SessionStatus.Scheduled, IsSample: true));
                }).ToList();
                phases.Add(new PhaseDraft(phase, new PhaseDetails(phases.Count, title, "Délégations fictives", day, day.AddDays(1), string.Empty, string.Empty), sessions));
            }

            summit.SyncProgramme(phases);
            created.Add(summit);
        }

        db.Summits.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        return created.Select(s => (s.Id, s.StartDate)).ToList();
    }

    private async Task GenerateArticlesAsync(int count, List<(int Id, DateOnly Start)> editions, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var (summitId, start) = editions.Count == 0 ? (0, new DateOnly(2020, 1, 13)) : editions[i % editions.Count];
            var title = $"{Actions[i % Actions.Length]} {Subjects[(i / Actions.Length) % Subjects.Length]} (dépêche fictive n° {i + 1})";
            var body = $"""
                Texte de démonstration : cette dépêche est fictive et sert à mesurer le portail.

                ## Contexte

                Les délégations du Burkina Faso, du Mali et du Niger poursuivent leurs travaux sur {Subjects[i % Subjects.Length]}.
                Aucun fait, aucun chiffre ni aucune citation de ce texte n'est réel.
                """;
            var publishedAt = start.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc).AddMinutes(i);
            var content = new ArticleContent(title, $"Dépêche fictive n° {i + 1}, générée pour les mesures.", body, markdown.ToHtml(body),
                Pillars[i % Pillars.Length], editions.Count == 0 ? null : summitId, IsSample: true);
            db.Articles.Add(Article.FromValidatedContent($"depeche-fictive-{i + 1}", content, new ArticleValidation(ContentImporter.ContentValidator, publishedAt, publishedAt)));
            if ((i + 1) % Batch == 0)
            {
                await SaveBatchAsync(cancellationToken);
            }
        }

        await SaveBatchAsync(cancellationToken);
    }

    private async Task GenerateTextsAsync(int count, List<(int Id, DateOnly Start)> editions, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var (summitId, start) = editions.Count == 0 ? (0, new DateOnly(2020, 1, 13)) : editions[i % editions.Count];
            var kind = (TextKind)(i % 6);
            var title = $"Texte fictif n° {i + 1} sur {Subjects[i % Subjects.Length]}";
            var pdf = SpecimenPdf(title);
            await files.PutAsync(pdf, cancellationToken);
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
            db.StoredFiles.Add(new StoredFile(sha256));
            var metadata = new OfficialTextMetadata($"FICTIF/{i + 1:D5}", title, kind, "Collège des Chefs d'État (fictif)", start.AddDays(8), "fr",
                "Texte de démonstration généré pour mesurer le portail ; il n'a aucune valeur officielle.", editions.Count == 0 ? null : summitId, IsSample: true);
            var adopted = start.AddDays(8).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
            db.OfficialTexts.Add(OfficialText.FromAdoptedContent($"texte-fictif-{i + 1}", metadata, new UploadedFile($"texte-fictif-{i + 1}.pdf", PdfFile.MediaType, pdf.LongLength, sha256), adopted, adopted));
            if ((i + 1) % Batch == 0)
            {
                await SaveBatchAsync(cancellationToken);
            }
        }

        await SaveBatchAsync(cancellationToken);
    }

    private async Task SaveBatchAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>A one-page PDF 1.4 that says it is a fictitious specimen, with a correct cross-reference table.</summary>
    public static byte[] SpecimenPdf(string title)
    {
        static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
        var latin1 = Encoding.Latin1;
        var stream = $"BT /F1 14 Tf 64 780 Td (TEXTE FICTIF - SPECIMEN) Tj 0 -24 Td /F1 11 Tf ({Escape(title)}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {latin1.GetByteCount(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var n = 0; n < objects.Length; n++)
        {
            offsets.Add(latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{n + 1} 0 obj\n{objects[n]}\nendobj\n");
        }

        var xref = latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return latin1.GetBytes(pdf.ToString());
    }
}
