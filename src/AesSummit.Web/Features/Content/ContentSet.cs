using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;

namespace AesSummit.Web.Features.Content;

/// <summary>Everything read from a content folder, checked and ready to store.</summary>
public sealed record ContentSet(
    IReadOnlyList<SummitSource> Summits,
    IReadOnlyList<ArticleSource> Articles,
    IReadOnlyList<TextSource> Texts,
    IReadOnlyList<PageSource> Pages);

/// <summary>A summit file, its phases and sessions converted to UTC.</summary>
public sealed record SummitSource(string File, string Slug, SummitDetails Details, IReadOnlyList<PhaseDraft> Phases, IReadOnlyList<ProgrammeTranslation>? Translations = null);

/// <summary>An article file, in its language (a translation's file sits in <c>journal/{language}/</c>); its summit is still a slug.</summary>
public sealed record ArticleSource(
    string File,
    int Line,
    string Slug,
    string Title,
    string Summary,
    string BodyMarkdown,
    string BodyHtml,
    Pillar Pillars,
    string? SummitSlug,
    DateTime PublishedAtUtc,
    bool IsSample,
    IReadOnlyList<ImageSource> Images,
    string Language = ContentLanguage.Original);

/// <summary>An article's image in the content folder: where its file is, and how the article names and describes it.</summary>
public sealed record ImageSource(string Path, ImportedImage Image);

/// <summary>An official text's entry and the bytes of its PDF.</summary>
public sealed record TextSource(
    string File,
    int Line,
    string Slug,
    string Reference,
    string Title,
    TextKind Kind,
    string AdoptingBody,
    DateOnly AdoptedOn,
    DateOnly PublishedOn,
    string Language,
    string Summary,
    string? SummitSlug,
    bool IsSample,
    string FileName,
    byte[] Content,
    string Sha256,
    IReadOnlyList<TextTranslation>? Translations = null,
    IReadOnlyList<string>? Authentic = null);

/// <summary>An editorial page.</summary>
public sealed record PageSource(string File, string Slug, ContentPageText Text, string Language = ContentLanguage.Original);
