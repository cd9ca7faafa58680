using AesSummit.Web.Features.Content;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Tests.Support;
using UglyToad.PdfPig;

namespace AesSummit.Web.Tests.Content;

/// <summary>The site's own content folder: complete, valid, and honest about its specimens.</summary>
public sealed class SiteContentTests
{
    private static readonly string ContentPath = Path.Combine(Repository.Root, "content");

    private static ContentSet Read() =>
        new ContentReader(new MarkdownRenderer(), new AesSummit.Web.Infrastructure.Languages.PortalLanguages(Microsoft.Extensions.Options.Options.Create(new AesSummit.Web.Infrastructure.Languages.LanguageOptions { Supported = ["fr", "en"] })))
            .Read(ContentPath, 20 * 1024 * 1024);

    [Fact]
    public void Content_ReadsWithoutError()
    {
        var content = Read();

        Assert.NotEmpty(content.Summits);
        Assert.Contains(content.Pages, p => p.Slug == PageQueries.Confederation);
    }

    /// <summary>Sentences published by the press about the summit: the portal states the same facts in its own words.</summary>
    [Theory]
    [InlineData("Bamako a accueilli le 22 mai 2025 les premières consultations officielles entre la CEDEAO et la Confédération des États du Sahel")]
    [InlineData("la création prochaine d'une banque confédérale d'investissement destinée à financer des projets structurants dans les trois pays")]
    [InlineData("de la feuille de route de l'an I, les protocoles additionnels relatifs à la défense, à la diplomatie et au développement")]
    public void Content_RepeatsNoPressSentence(string pressSentence)
    {
        var words = Words(pressSentence);

        foreach (var file in Directory.EnumerateFiles(ContentPath, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(words, Words(File.ReadAllText(file)), StringComparison.Ordinal);
        }
    }

    /// <summary>The words of a text, lower-case, without Markdown marks, punctuation or line breaks between them.</summary>
    private static string Words(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split([' ', '\n', '\r', '\t', '*', '_', ',', ';', ':', '.', '-', '"'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Content_HasTwoEditionsWithBamakoFeatured()
    {
        var content = Read();

        var featured = Assert.Single(content.Summits, s => s.Details.IsFeatured);
        Assert.Equal("bamako-2025", featured.Slug);
        Assert.Equal("Africa/Bamako", featured.Details.TimeZoneId);
        Assert.Contains(content.Summits, s => s.Slug == "niamey-2024" && s.Details.TimeZoneId == "Africa/Niamey");
        Assert.Equal(
            [(new DateOnly(2025, 12, 15), new DateOnly(2025, 12, 18)), (new DateOnly(2025, 12, 20), new DateOnly(2025, 12, 21)), (new DateOnly(2025, 12, 22), new DateOnly(2025, 12, 23))],
            featured.Phases.Select(p => (p.Details.StartDate, p.Details.EndDate)));
    }

    [Fact]
    public void Content_HasACompleteBamakoProgramme()
    {
        var bamako = Read().Summits.Single(s => s.Slug == "bamako-2025");
        var sessions = bamako.Phases.SelectMany(p => p.Sessions).Select(s => s.Details).ToList();

        Assert.True(sessions.Count >= 20, $"{sessions.Count} sessions");
        Assert.All(Enum.GetValues<SessionKind>(), kind => Assert.Contains(sessions, s => s.Kind == kind));
        Assert.All(bamako.Phases, phase => Assert.NotEmpty(phase.Sessions));
    }

    [Fact]
    public void Content_HasEightArticlesOrMoreOverEveryPillar()
    {
        var articles = Read().Articles;

        Assert.True(articles.Count >= 8, $"{articles.Count} articles");
        Assert.All(Pillars.All, pillar => Assert.Contains(articles, a => a.Pillars.HasFlag(pillar)));
    }

    [Fact]
    public void Content_SampleArticles_SayTheyAreSpecimens()
    {
        var samples = Read().Articles.Where(a => a.IsSample).ToList();

        Assert.All(samples, a => Assert.Contains(a.Language == "fr" ? "Texte de démonstration" : "Demonstration text", a.BodyMarkdown, StringComparison.Ordinal));
    }

    [Fact]
    public void Content_ImagesIllustrateThreeArticlesOrMore_EachDescribedAndMarkedAsASpecimen()
    {
        var illustrated = Read().Articles.Where(a => a.Images.Count > 0).ToList();

        Assert.True(illustrated.Count >= 3, $"{illustrated.Count} illustrated articles");
        Assert.All(illustrated.SelectMany(a => a.Images.Select(i => (a.Language, i))), image =>
        {
            var (language, i) = image;
            var french = language == "fr";
            Assert.True(i.Image.Description.IsDecorative || !string.IsNullOrWhiteSpace(i.Image.Description.AltText), i.Image.Name);
            Assert.Contains(french ? "démonstration" : "Demonstration", i.Image.Description.Caption, StringComparison.Ordinal);
            Assert.StartsWith(french ? "© Secrétariat Permanent" : "© Permanent Secretariat", i.Image.Description.Credit, StringComparison.Ordinal);
        });
        Assert.Contains(illustrated, a => a.BodyMarkdown.Contains("](image:", StringComparison.Ordinal));
    }

    [Fact]
    public void Content_HasTheThreeProtocolsAmongFiveTextsOrMore()
    {
        var texts = Read().Texts;

        Assert.True(texts.Count >= 5, $"{texts.Count} texts");
        Assert.Equal(3, texts.Count(t => t.Kind == TextKind.AdditionalProtocol));
    }

    [Fact]
    public void Content_EveryPdfIsAValidPdfThatSaysItIsASpecimen()
    {
        foreach (var text in Read().Texts)
        {
            using var pdf = PdfDocument.Open(text.Content);
            var words = string.Join(" ", pdf.GetPages().Select(p => p.Text));

            Assert.True(pdf.NumberOfPages >= 1, text.FileName);
            Assert.Contains("DÉMONSTRATION", words.ToUpperInvariant(), StringComparison.Ordinal);
        }
    }
}
