using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;

namespace AesSummit.Web.Features.Content;

/// <summary>Reads and checks a content folder without touching the store; the first bad file stops it.</summary>
public sealed partial class ContentReader(MarkdownRenderer markdown, AesSummit.Web.Infrastructure.Languages.PortalLanguages languages)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ContentSet Read(string root, long maxFileBytes)
    {
        if (!Directory.Exists(root))
        {
            throw new ContentImportException(root, null, "the content folder does not exist");
        }

        var reading = new Reading(root, maxFileBytes);
        var summits = Files(root, "summits", "*.yaml").Select(f => ReadSummit(reading, f)).ToList();
        var articles = Files(root, "journal", "*.md").Select(f => ReadArticle(reading, f, null)).ToList();
        var originals = articles.ToDictionary(a => Path.GetFileName(a.File), StringComparer.Ordinal);
        foreach (var language in languages.All.Where(l => l != ContentLanguage.Original))
        {
            articles.AddRange(Files(root, Path.Combine("journal", language), "*.md").Select(f => ReadArticle(reading, f, (language, originals))));
        }

        var pages = Files(root, "pages", "*.md").Select(f => ReadPage(reading, f, ContentLanguage.Original)).ToList();
        foreach (var language in languages.All.Where(l => l != ContentLanguage.Original))
        {
            pages.AddRange(Files(root, Path.Combine("pages", language), "*.md").Select(f => ReadPage(reading, f, language)));
        }

        var texts = ReadTexts(reading);

        Unique(summits, s => s.Slug, s => (s.File, null), "summit");
        Unique(articles, a => a.Language == ContentLanguage.Original ? a.Slug : $"{a.Language}/{a.Slug}", a => (a.File, a.Line), "article");
        Unique(texts, t => t.Slug, t => (t.File, t.Line), "text");
        Unique(pages, p => p.Language == ContentLanguage.Original ? p.Slug : $"{p.Language}/{p.Slug}", p => (p.File, null), "page");
        if (summits.Count(s => s.Details.IsFeatured) > 1)
        {
            var second = summits.Where(s => s.Details.IsFeatured).Skip(1).First();
            throw new ContentImportException(second.File, null, "only one summit may be featured");
        }

        return new ContentSet(summits, articles, texts, pages);
    }

    private static IEnumerable<string> Files(string root, string folder, string pattern)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, pattern).Order(StringComparer.Ordinal)
            : [];
    }

    private static void Unique<T>(IEnumerable<T> items, Func<T, string> key, Func<T, (string File, int? Line)> where, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(key(item)))
            {
                var (file, line) = where(item);
                throw new ContentImportException(file, line, $"another {what} already has the slug '{key(item)}'");
            }
        }
    }

    private SummitSource ReadSummit(Reading reading, string path)
    {
        var file = reading.Relative(path);
        var yaml = ContentYaml.Read<SummitFile>(reading.Text(path), file);
        var at = new Place(file, yaml.Line);
        var slug = Slug(yaml.Slug, at, "slug");
        var expected = Path.GetFileNameWithoutExtension(path);
        if (slug != expected)
        {
            throw at.Error($"the slug '{slug}' must match the file name '{expected}'");
        }

        var zoneId = Required(yaml.TimeZone, at, "timeZone");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            throw at.Error($"unknown time zone '{zoneId}' (use an IANA name such as Africa/Bamako)");
        }

        var summary = Required(yaml.Summary, at, "summary");
        var details = new SummitDetails(
            Required(yaml.Title, at, "title"),
            Required(yaml.City, at, "city"),
            Required(yaml.Country, at, "country"),
            zoneId,
            Date(yaml.StartDate, at, "startDate"),
            Date(yaml.EndDate, at, "endDate"),
            yaml.Featured,
            summary,
            markdown.ToHtml(summary));
        if (details.EndDate < details.StartDate)
        {
            throw at.Error("endDate is before startDate");
        }

        var sessionSlugs = new HashSet<string>(StringComparer.Ordinal);
        var phases = (yaml.Phases ?? []).Select((p, i) => ReadPhase(p, i, new Place(file, p.Line), details, zone, sessionSlugs)).ToList();
        if (phases.Count == 0)
        {
            throw at.Error("a summit needs at least one phase");
        }

        if (phases.Select(p => p.Slug).Distinct(StringComparer.Ordinal).Count() != phases.Count)
        {
            throw at.Error("two phases share a slug");
        }

        var summitTranslations = (yaml.Translations ?? []).Select(t =>
        {
            var translated = Required(t.Value.Summary, at, $"translations.{t.Key}.summary");
            return new ProgrammeTranslation(KnownTranslation(t.Key, at), Required(t.Value.Title, at, $"translations.{t.Key}.title"), string.Empty, translated, markdown.ToHtml(translated));
        }).ToList();
        return new SummitSource(file, slug, details, phases, summitTranslations);
    }

    private PhaseDraft ReadPhase(PhaseEntry entry, int position, Place at, SummitDetails summit, TimeZoneInfo zone, HashSet<string> sessionSlugs)
    {
        var description = entry.Description ?? string.Empty;
        var details = new PhaseDetails(
            position,
            Required(entry.Title, at, "title"),
            Required(entry.Body, at, "body"),
            Date(entry.StartDate, at, "startDate"),
            Date(entry.EndDate, at, "endDate"),
            description,
            markdown.ToHtml(description));
        if (details.EndDate < details.StartDate)
        {
            throw at.Error("the phase's endDate is before its startDate");
        }

        if (details.StartDate < summit.StartDate || details.EndDate > summit.EndDate)
        {
            throw at.Error("the phase's dates fall outside the summit's dates");
        }

        var firstUtc = SummitTime.StartOfDayUtc(details.StartDate, zone);
        var lastUtc = SummitTime.StartOfDayUtc(details.EndDate.AddDays(1), zone);
        var sessions = new List<SessionDraft>();
        foreach (var s in entry.Sessions ?? [])
        {
            var where = new Place(at.File, s.Line);
            var slug = Slug(s.Slug, where, "slug");
            if (!sessionSlugs.Add(slug))
            {
                throw where.Error($"another session of this summit already has the slug '{slug}'");
            }

            var startUtc = SummitTime.ToUtc(LocalTime(s.Start, where, "start"), zone);
            var endUtc = SummitTime.ToUtc(LocalTime(s.End, where, "end"), zone);
            if (endUtc <= startUtc)
            {
                throw where.Error($"the session '{slug}' ends before it starts");
            }

            if (startUtc < firstUtc || endUtc > lastUtc)
            {
                throw where.Error($"the session '{slug}' falls outside its phase's dates");
            }

            var sessionDescription = s.Description ?? string.Empty;
            var translations = new List<SessionTranslation>();
            foreach (var (language, words) in s.Translations ?? [])
            {
                var translated = words.Description ?? string.Empty;
                translations.Add(new SessionTranslation(KnownTranslation(language, where), Required(words.Title, where, $"translations.{language}.title"), translated, markdown.ToHtml(translated)));
            }

            sessions.Add(new SessionDraft(slug, new SessionDetails(
                Required(s.Title, where, "title"),
                Word<SessionKind>(s.Kind, where, "kind"),
                startUtc,
                endUtc,
                Required(s.Venue, where, "venue"),
                sessionDescription,
                markdown.ToHtml(sessionDescription),
                s.Status is null ? SessionStatus.Scheduled : Word<SessionStatus>(s.Status, where, "status"),
                s.Sample), translations));
        }

        var phaseTranslations = (entry.Translations ?? []).Select(t =>
        {
            var translated = t.Value.Description ?? string.Empty;
            return new ProgrammeTranslation(
                KnownTranslation(t.Key, at), Required(t.Value.Title, at, $"translations.{t.Key}.title"), Required(t.Value.Body, at, $"translations.{t.Key}.body"),
                translated, markdown.ToHtml(translated));
        }).ToList();
        return new PhaseDraft(Slug(entry.Slug, at, "slug"), details, sessions, phaseTranslations);
    }

    /// <summary>
    /// An article's file; a translation's (in <c>journal/{language}/</c>, named as its original) gives its own words and images,
    /// and takes its original's pillars, summit, time and specimen mark.
    /// </summary>
    /// <summary>A translation's language: one of the portal's, other than the originals'.</summary>
    private string KnownTranslation(string language, Place at) =>
        language != ContentLanguage.Original && languages.All.Contains(language)
            ? language
            : throw at.Error($"'{language}' is not one of the portal's other languages ({string.Join(", ", languages.All.Where(l => l != ContentLanguage.Original))})");

    private ArticleSource ReadArticle(Reading reading, string path, (string Language, Dictionary<string, ArticleSource> Originals)? translation)
    {
        var file = reading.Relative(path);
        ArticleSource? original = null;
        if (translation is { } t && !t.Originals.TryGetValue(Path.GetFileName(path), out original))
        {
            throw new ContentImportException(file, null, $"a translation needs its original, journal/{Path.GetFileName(path)}");
        }

        var match = ArticleFileName().Match(Path.GetFileName(path));
        if (!match.Success || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new ContentImportException(file, null, "an article's file name must be YYYY-MM-DD-slug.md with a lower-case slug");
        }

        var (yaml, body) = FrontMatter.Split(reading.Text(path), file);
        var front = ContentYaml.Read<ArticleFrontMatter>(yaml, file, firstLine: 2);
        var at = new Place(file, front.Line + 1);
        var pillars = original?.Pillars ?? Pillar.None;
        foreach (var word in original is null ? front.Pillars ?? [] : [])
        {
            pillars |= Word<Pillar>(word, at, "pillars");
        }

        if (pillars == Pillar.None)
        {
            throw at.Error($"an article needs at least one pillar ({string.Join(", ", EnumSlugs<Pillar>.All)})");
        }

        if (original is not null)
        {
            return new ArticleSource(
                file, at.Line ?? 1, original.Slug, Required(front.Title, at, "title"), Required(front.Summary, at, "summary"), body, markdown.ToHtml(body),
                pillars, original.SummitSlug, original.PublishedAtUtc, original.IsSample,
                [.. (front.Images ?? []).Select(entry => ReadImage(reading, entry, at))], translation!.Value.Language);
        }

        return new ArticleSource(
            file,
            at.Line ?? 1,
            match.Groups["slug"].Value,
            Required(front.Title, at, "title"),
            Required(front.Summary, at, "summary"),
            body,
            markdown.ToHtml(body),
            pillars,
            string.IsNullOrWhiteSpace(front.Summit) ? null : front.Summit.Trim(),
            Instant(front.PublishedAt, at, "publishedAt"),
            front.Sample,
            [.. (front.Images ?? []).Select(entry => ReadImage(reading, entry, at))]);
    }

    private static ImageSource ReadImage(Reading reading, ImageEntry entry, Place at)
    {
        var relative = Required(entry.File, at, "images.file");
        var path = Path.GetFullPath(Path.Combine(reading.Root, relative));
        if (!path.StartsWith(Path.GetFullPath(reading.Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            throw at.Error($"the image '{relative}' is not a file of the content folder");
        }

        var name = Required(entry.Name, at, "images.name");
        if (!ImageReference.Name().IsMatch(name))
        {
            throw at.Error($"the image name '{name}' must be lower-case letters, digits and hyphens");
        }

        if (!entry.Decorative && string.IsNullOrWhiteSpace(entry.Alt))
        {
            throw at.Error($"the image '{name}' needs an alt text, or decorative: true");
        }

        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(reading.Bytes(path)));
        return new ImageSource(path, new ImportedImage(name, new ImageDescription(entry.Alt, entry.Decorative, entry.Caption, entry.Credit), entry.Lead, sha256));
    }

    private PageSource ReadPage(Reading reading, string path, string language)
    {
        var file = reading.Relative(path);
        var (yaml, body) = FrontMatter.Split(reading.Text(path), file);
        var front = ContentYaml.Read<PageFrontMatter>(yaml, file, firstLine: 2);
        var at = new Place(file, front.Line + 1);
        var slug = Slug(Path.GetFileNameWithoutExtension(path), at, "file name");
        return new PageSource(file, slug, new ContentPageText(
            Required(front.Title, at, "title"),
            Required(front.Summary, at, "summary"),
            body,
            markdown.ToHtml(body)), language);
    }

    private List<TextSource> ReadTexts(Reading reading)
    {
        var folder = Path.Combine(reading.Root, "textes");
        var path = Path.Combine(folder, "textes.yaml");
        if (!File.Exists(path))
        {
            return [];
        }

        var file = reading.Relative(path);
        var yaml = ContentYaml.Read<TextsFile>(reading.Text(path), file);
        var texts = new List<TextSource>();
        foreach (var entry in yaml.Texts ?? [])
        {
            var at = new Place(file, entry.Line);
            var fileName = Required(entry.File, at, "file");
            if (fileName != Path.GetFileName(fileName) || !fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                throw at.Error($"'{fileName}' must be the name of a .pdf file beside textes.yaml");
            }

            var pdfPath = Path.Combine(folder, fileName);
            if (!File.Exists(pdfPath))
            {
                throw at.Error($"the file '{fileName}' is missing");
            }

            var content = reading.Bytes(pdfPath);
            if (!PdfFile.LooksLikePdf(content))
            {
                throw at.Error($"the file '{fileName}' is not a PDF");
            }

            var adoptedOn = Date(entry.AdoptedOn, at, "adoptedOn");
            var publishedOn = string.IsNullOrWhiteSpace(entry.PublishedOn) ? adoptedOn : Date(entry.PublishedOn, at, "publishedOn");
            if (publishedOn < adoptedOn)
            {
                throw at.Error("'publishedOn' cannot come before 'adoptedOn'");
            }

            texts.Add(new TextSource(
                file,
                at.Line ?? 1,
                Slug(entry.Slug, at, "slug"),
                Required(entry.Reference, at, "reference"),
                Required(entry.Title, at, "title"),
                Word<TextKind>(entry.Kind, at, "kind"),
                Required(entry.AdoptingBody, at, "adoptingBody"),
                adoptedOn,
                publishedOn,
                Language(entry.Language, at),
                Required(entry.Summary, at, "summary"),
                string.IsNullOrWhiteSpace(entry.Summit) ? null : entry.Summit.Trim(),
                entry.Sample,
                fileName,
                content,
                Convert.ToHexStringLower(SHA256.HashData(content)),
                [.. (entry.Translations ?? []).Select(t => new TextTranslation(
                    KnownTranslation(t.Key, at), Required(t.Value.Title, at, $"translations.{t.Key}.title"), Required(t.Value.Summary, at, $"translations.{t.Key}.summary")))],
                [.. (entry.Authentic ?? []).Select(l => Language(l, at))]));
        }

        return texts;
    }

    private static string Required(string? value, Place at, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw at.Error($"'{field}' is required") : value.Trim();

    private static string Slug(string? value, Place at, string field)
    {
        var slug = Required(value, at, field);
        return SlugPattern().IsMatch(slug)
            ? slug
            : throw at.Error($"'{slug}' is not a valid slug (lower-case letters, digits and single hyphens)");
    }

    private static DateOnly Date(string? value, Place at, string field) =>
        DateOnly.TryParseExact(Required(value, at, field), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw at.Error($"'{field}' must be a date written YYYY-MM-DD, not '{value}'");

    private static DateTime LocalTime(string? value, Place at, string field) =>
        DateTime.TryParseExact(Required(value, at, field), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw at.Error($"'{field}' must be a local time written YYYY-MM-DDTHH:MM, not '{value}'");

    private static DateTime Instant(string? value, Place at, string field)
    {
        var text = Required(value, at, field);
        var hasOffset = text.EndsWith('Z') || OffsetSuffix().IsMatch(text);
        return hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.UtcDateTime
            : throw at.Error($"'{field}' must be an ISO 8601 time with its offset (2025-12-20T18:00:00Z), not '{value}'");
    }

    private static string Language(string? value, Place at)
    {
        var language = Required(value, at, "language");
        return LanguagePattern().IsMatch(language) ? language : throw at.Error($"'{language}' is not a language code such as fr or en");
    }

    private static TEnum Word<TEnum>(string? value, Place at, string field)
        where TEnum : struct, Enum =>
        EnumSlugs<TEnum>.TryParse(value?.Trim(), out var parsed)
            ? parsed
            : throw at.Error($"unknown {field} '{value}' (expected one of: {string.Join(", ", EnumSlugs<TEnum>.All)})");

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^(?<date>\\d{4}-\\d{2}-\\d{2})-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\\.md$")]
    private static partial Regex ArticleFileName();

    [GeneratedRegex("[+-]\\d{2}:\\d{2}$")]
    private static partial Regex OffsetSuffix();

    [GeneratedRegex("^[a-z]{2,3}(?:-[A-Z]{2})?$")]
    private static partial Regex LanguagePattern();

    /// <summary>A place in a content file, to build errors from.</summary>
    private readonly record struct Place(string File, int? Line)
    {
        public ContentImportException Error(string problem) => new(File, Line, problem);
    }

    /// <summary>File access for one read: strict UTF-8, a size limit, paths shown relative to the folder.</summary>
    private sealed record Reading(string Root, long MaxFileBytes)
    {
        public string Relative(string path) => Path.GetRelativePath(Root, path);

        public byte[] Bytes(string path)
        {
            var length = new FileInfo(path).Length;
            return length > MaxFileBytes
                ? throw new ContentImportException(Relative(path), null, $"the file is {length} bytes, more than the {MaxFileBytes} allowed")
                : File.ReadAllBytes(path);
        }

        public string Text(string path)
        {
            try
            {
                return StrictUtf8.GetString(Bytes(path)).TrimStart('\uFEFF').ReplaceLineEndings("\n");
            }
            catch (DecoderFallbackException e)
            {
                throw new ContentImportException(Relative(path), null, "the file is not valid UTF-8", e);
            }
        }
    }
}
