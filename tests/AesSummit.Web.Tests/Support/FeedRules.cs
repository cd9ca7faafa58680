using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AesSummit.Web.Tests.Support;

/// <summary>
/// The rules a feed validator applies: RFC 4287 for Atom, the RSS 2.0 specification (with the Atom self link and the content
/// module the W3C validator expects). Each broken rule is one line of the answer; a valid feed gets none.
/// </summary>
public static partial class FeedRules
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    private static readonly string[] AtomContentTypes = ["text", "html", "xhtml"];

    /// <summary>What breaks RFC 4287 in an Atom feed fetched from <paramref name="selfUrl"/>.</summary>
    public static IReadOnlyList<string> AtomErrors(string xml, string selfUrl)
    {
        var errors = new List<string>();
        var feed = XDocument.Parse(xml).Root!;
        if (feed.Name != Atom + "feed")
        {
            return [$"the root is {feed.Name}, not atom:feed"];
        }

        ExactlyOne(feed, "id", "feed", errors);
        ExactlyOne(feed, "title", "feed", errors);
        ExactlyOne(feed, "updated", "feed", errors);
        CheckIri(feed.Element(Atom + "id")?.Value, "feed id", errors);
        CheckRfc3339(feed.Element(Atom + "updated")?.Value, "feed updated", errors);
        var self = feed.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") == "self").ToList();
        if (self.Count != 1 || (string?)self[0].Attribute("href") != selfUrl)
        {
            errors.Add($"the feed's self link is not {selfUrl}");
        }

        CheckLinks(feed, "feed", errors);
        var feedHasAuthor = feed.Elements(Atom + "author").Any();
        CheckPersons(feed, "feed", errors);
        foreach (var (entry, index) in feed.Elements(Atom + "entry").Select((e, i) => (e, i)))
        {
            var where = $"entry {index + 1}";
            ExactlyOne(entry, "id", where, errors);
            ExactlyOne(entry, "title", where, errors);
            ExactlyOne(entry, "updated", where, errors);
            CheckIri(entry.Element(Atom + "id")?.Value, $"{where} id", errors);
            CheckRfc3339(entry.Element(Atom + "updated")?.Value, $"{where} updated", errors);
            CheckRfc3339(entry.Element(Atom + "published")?.Value, $"{where} published", errors, optional: true);
            CheckLinks(entry, where, errors);
            CheckPersons(entry, where, errors);
            if (!feedHasAuthor && !entry.Elements(Atom + "author").Any())
            {
                errors.Add($"{where} has no author, nor has the feed (RFC 4287, 4.1.1)");
            }

            var contents = entry.Elements(Atom + "content").ToList();
            if (contents.Count > 1)
            {
                errors.Add($"{where} has {contents.Count} contents");
            }

            if (contents.Count == 0 && !entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate"))
            {
                errors.Add($"{where} has neither content nor an alternate link");
            }

            foreach (var text in contents.Concat(entry.Elements(Atom + "summary")).Concat(entry.Elements(Atom + "title")))
            {
                // A content may also name a media type; the other text constructs only these three.
                if ((string?)text.Attribute("type") is { } type && !AtomContentTypes.Contains(type) && !(text.Name == Atom + "content" && type.Contains('/', StringComparison.Ordinal)))
                {
                    errors.Add($"{where} {text.Name.LocalName} has type {type}");
                }
            }
        }

        return errors;
    }

    /// <summary>What breaks RSS 2.0 (and the practice the W3C validator checks) in a feed fetched from <paramref name="selfUrl"/>.</summary>
    public static IReadOnlyList<string> RssErrors(string xml, string selfUrl)
    {
        var errors = new List<string>();
        var rss = XDocument.Parse(xml).Root!;
        if (rss.Name != "rss" || (string?)rss.Attribute("version") != "2.0")
        {
            return ["the root is not rss version 2.0"];
        }

        var channels = rss.Elements("channel").ToList();
        if (channels.Count != 1)
        {
            return [$"{channels.Count} channels"];
        }

        var channel = channels[0];
        foreach (var required in new[] { "title", "link", "description" })
        {
            if (channel.Elements(required).Count() != 1)
            {
                errors.Add($"the channel needs exactly one {required}");
            }
        }

        CheckIri(channel.Element("link")?.Value, "channel link", errors);
        CheckRfc822(channel.Element("lastBuildDate")?.Value, "channel lastBuildDate", errors, optional: true);
        var self = channel.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") == "self").ToList();
        if (self.Count != 1 || (string?)self[0].Attribute("href") != selfUrl || (string?)self[0].Attribute("type") != "application/rss+xml")
        {
            errors.Add($"the channel's atom:link rel=self is not {selfUrl} (application/rss+xml)");
        }

        foreach (var (item, index) in channel.Elements("item").Select((e, i) => (e, i)))
        {
            var where = $"item {index + 1}";
            if (item.Element("title") is null && item.Element("description") is null)
            {
                errors.Add($"{where} has neither title nor description");
            }

            CheckIri(item.Element("link")?.Value, $"{where} link", errors);
            CheckRfc822(item.Element("pubDate")?.Value, $"{where} pubDate", errors, optional: false);
            if (item.Element("guid") is not { } guid || ((string?)guid.Attribute("isPermaLink") != "false" && !Uri.IsWellFormedUriString(guid.Value, UriKind.Absolute)))
            {
                errors.Add($"{where} has no guid, or a permalink guid that is not a URL");
            }

            if (item.Element("author") is { } author && !author.Value.Contains('@', StringComparison.Ordinal))
            {
                errors.Add($"{where} author is not an e-mail address");
            }

            if (item.Elements(Content + "encoded").Count() > 1)
            {
                errors.Add($"{where} has several content:encoded");
            }

            foreach (var child in item.Elements().Where(e => e.Name.Namespace == XNamespace.None))
            {
                if (!RssItemElements.Contains(child.Name.LocalName))
                {
                    errors.Add($"{where} has an element RSS 2.0 does not define: {child.Name.LocalName}");
                }
            }
        }

        return errors;
    }

    private static readonly string[] RssItemElements = ["title", "link", "description", "author", "category", "comments", "enclosure", "guid", "pubDate", "source"];

    private static void ExactlyOne(XElement parent, string name, string where, List<string> errors)
    {
        var count = parent.Elements(Atom + name).Count();
        if (count != 1)
        {
            errors.Add($"{where} has {count} atom:{name}, not one");
        }
    }

    private static void CheckPersons(XElement parent, string where, List<string> errors)
    {
        foreach (var person in parent.Elements(Atom + "author").Concat(parent.Elements(Atom + "contributor")))
        {
            if (person.Elements(Atom + "name").Count() != 1 || string.IsNullOrWhiteSpace(person.Element(Atom + "name")!.Value))
            {
                errors.Add($"{where} has a person without one name");
            }

            CheckIri(person.Element(Atom + "uri")?.Value, $"{where} person uri", errors, optional: true);
        }
    }

    private static void CheckLinks(XElement parent, string where, List<string> errors)
    {
        var links = parent.Elements(Atom + "link").ToList();
        foreach (var link in links)
        {
            CheckIri((string?)link.Attribute("href"), $"{where} link", errors);
        }

        var alternates = links.Where(l => (string?)l.Attribute("rel") is null or "alternate")
            .GroupBy(l => ((string?)l.Attribute("type"), (string?)l.Attribute("hreflang")));
        if (alternates.Any(g => g.Count() > 1))
        {
            errors.Add($"{where} has two alternate links of the same type and language (RFC 4287, 4.1.1)");
        }
    }

    private static void CheckIri(string? value, string what, List<string> errors, bool optional = false)
    {
        if (value is null ? !optional : !Uri.IsWellFormedUriString(value, UriKind.Absolute))
        {
            errors.Add($"{what} is not an absolute IRI: {value ?? "(missing)"}");
        }
    }

    private static void CheckRfc3339(string? value, string what, List<string> errors, bool optional = false)
    {
        if (value is null ? !optional : !DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add($"{what} is not an RFC 3339 date: {value ?? "(missing)"}");
        }
    }

    private static void CheckRfc822(string? value, string what, List<string> errors, bool optional)
    {
        if (value is null ? !optional : !Rfc822Date().IsMatch(value))
        {
            errors.Add($"{what} is not an RFC 822 date: {value ?? "(missing)"}");
        }
    }

    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(:\d{2})? (Z|UT|GMT|[+-]\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822Date();
}
