using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Journal;

namespace AesSummit.Web.Tests.Support;

/// <summary>Builds articles for tests, with sensible defaults.</summary>
public sealed class ArticleBuilder
{
    private string _slug = $"article-{Guid.NewGuid():N}"[..20];
    private string _title = "Article de test";
    private string _body = "Corps de l'article.";
    private Pillar _pillars = Pillar.Diplomacy;
    private DateTime _publishedAtUtc = new(2025, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    public ArticleBuilder WithSlug(string slug)
    {
        _slug = slug;
        return this;
    }

    public ArticleBuilder WithTitle(string title)
    {
        _title = title;
        return this;
    }

    public ArticleBuilder WithBody(string markdown)
    {
        _body = markdown;
        return this;
    }

    public ArticleBuilder WithPillars(Pillar pillars)
    {
        _pillars = pillars;
        return this;
    }

    public ArticleBuilder PublishedAt(DateTime utc)
    {
        _publishedAtUtc = utc;
        return this;
    }

    private ArticleContent Content() =>
        new(_title, "Résumé de test.", _body, new AesSummit.Web.Features.Content.MarkdownRenderer().ToHtml(_body), _pillars, null, false);

    public Article Published() =>
        Article.FromValidatedContent(_slug, Content(), new ArticleValidation("Secrétariat Permanent", _publishedAtUtc, _publishedAtUtc));

    public ArticleContent BuildContent() => Content();

    public Article Draft(Actor? author = null) => Article.CreateDraft(_slug, Content(), author ?? TestActors.Writer, _publishedAtUtc);
}
