using YamlDotNet.Serialization;

namespace AesSummit.Web.Features.Content;

// The shapes of the files under content/, as YAML gives them: strings for dates and enum words,
// so that the reader can name the exact value and line that is wrong.

/// <summary>content/summits/&lt;slug&gt;.yaml</summary>
public sealed class SummitFile : ISourceLine
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? TimeZone { get; set; }
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public bool Featured { get; set; }
    public string? Summary { get; set; }

    /// <summary>The title and summary in other languages, by language code.</summary>
    public Dictionary<string, ProgrammeTranslationEntry>? Translations { get; set; }

    public List<PhaseEntry>? Phases { get; set; }

    [YamlIgnore]
    public int Line { get; set; }
}

/// <summary>A phase inside a summit file.</summary>
public sealed class PhaseEntry : ISourceLine
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Body { get; set; }
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public string? Description { get; set; }

    /// <summary>The title, body and description in other languages, by language code.</summary>
    public Dictionary<string, ProgrammeTranslationEntry>? Translations { get; set; }

    public List<SessionEntry>? Sessions { get; set; }

    [YamlIgnore]
    public int Line { get; set; }
}

/// <summary>A session inside a phase; times are local to the summit's zone.</summary>
public sealed class SessionEntry : ISourceLine
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Venue { get; set; }
    public string? Status { get; set; }
    public bool Sample { get; set; }
    public string? Description { get; set; }

    /// <summary>The title and description in other languages, by language code: <c>en: { title: …, description: … }</c>.</summary>
    public Dictionary<string, SessionTranslationEntry>? Translations { get; set; }

    [YamlIgnore]
    public int Line { get; set; }
}

/// <summary>A summit's (title, summary) or a phase's (title, body, description) words in another language.</summary>
public sealed class ProgrammeTranslationEntry
{
    public string? Title { get; set; }
    public string? Body { get; set; }
    public string? Summary { get; set; }
    public string? Description { get; set; }
}

/// <summary>A session's words in another language.</summary>
public sealed class SessionTranslationEntry
{
    public string? Title { get; set; }
    public string? Description { get; set; }
}

/// <summary>Front matter of content/journal/&lt;date&gt;-&lt;slug&gt;.md</summary>
public sealed class ArticleFrontMatter : ISourceLine
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? PublishedAt { get; set; }
    public string? Summit { get; set; }
    public List<string>? Pillars { get; set; }
    public bool Sample { get; set; }
    public List<ImageEntry>? Images { get; set; }

    [YamlIgnore]
    public int Line { get; set; }
}

/// <summary>One image of an article: its file (relative to the content folder), its name in the body and what is said of it.</summary>
public sealed class ImageEntry
{
    public string? File { get; set; }
    public string? Name { get; set; }
    public string? Alt { get; set; }
    public bool Decorative { get; set; }
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public bool Lead { get; set; }
}

/// <summary>content/textes/textes.yaml</summary>
public sealed class TextsFile : ISourceLine
{
    public List<TextEntry>? Texts { get; set; }

    [YamlIgnore]
    public int Line { get; set; }
}

/// <summary>One official text's metadata, beside its PDF.</summary>
public sealed class TextEntry : ISourceLine
{
    public string? Slug { get; set; }
    public string? Reference { get; set; }
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public string? AdoptingBody { get; set; }
    public string? AdoptedOn { get; set; }

    /// <summary>The day the text was made public; by default the day it was adopted.</summary>
    public string? PublishedOn { get; set; }

    public string? Language { get; set; }
    public string? Summit { get; set; }
    public string? Summary { get; set; }
    public string? File { get; set; }
    public bool Sample { get; set; }

    /// <summary>The title and summary in other languages, by language code, for information.</summary>
    public Dictionary<string, TextTranslationEntry>? Translations { get; set; }

    /// <summary>The languages whose versions are authentic; by default the document's own.</summary>
    public List<string>? Authentic { get; set; }

    [YamlIgnore]
    public int Line { get; set; }
}

/// <summary>A text's title and summary in another language.</summary>
public sealed class TextTranslationEntry
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
}

/// <summary>Front matter of content/pages/&lt;slug&gt;.md</summary>
public sealed class PageFrontMatter : ISourceLine
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public bool Sample { get; set; }

    [YamlIgnore]
    public int Line { get; set; }
}
