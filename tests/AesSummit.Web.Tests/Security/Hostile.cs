using AesSummit.Web.Tests.Support;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Security;

/// <summary>Hostile payloads and the checks every answer to them must pass, shared by the hostile-input suites.</summary>
public static class Hostile
{
    public static readonly string[] Xss =
    [
        "<script>alert(1)</script>",
        "\"><svg onload=alert(1)>",
        "'><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "</textarea><script>alert(1)</script>",
        "</title><script>alert(1)</script>",
    ];

    public static readonly string[] Sql =
    [
        "' OR 1=1 --",
        "\"; DROP TABLE Articles;--",
        "1; DELETE FROM Articles",
        "' UNION SELECT PasswordHash FROM AspNetUsers --",
    ];

    public static readonly string[] Traversal =
    [
        "../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%2f..%2fetc%2fpasswd",
        "%252e%252e%252fetc%252fpasswd",
        "....//....//etc/passwd",
        "/etc/passwd",
        "..",
    ];

    /// <summary>Every family at once, with a very long value, a NUL and odd Unicode.</summary>
    public static IEnumerable<string> Values() =>
        Xss.Concat(Sql).Concat(Traversal).Concat([new string('a', 10_000), "\u0000", "é\u202E\uFEFF😀"]);

    public static TheoryData<string> All() => new(Values());

    /// <summary>
    /// What staff may change, item by item, with the sessions, the programme's changes, the audit trails and the accounts,
    /// to prove that a refused request changed nothing.
    /// </summary>
    public static Task<string> SnapshotAsync(SummitAppFactory factory) => factory.InStoreAsync(async db =>
    {
        var store = await StoreSnapshot.TakeAsync(db);
        var sessions = await db.Sessions.AsNoTracking().OrderBy(s => s.Id).Select(s => $"{s.Id} {s.StartUtc:O} {s.EndUtc:O} {s.Venue} {s.Status} {s.Revision}").ToListAsync();
        var changes = await db.ProgrammeChanges.CountAsync();
        var audits = await db.ArticleAuditEntries.CountAsync() + await db.TextAuditEntries.CountAsync();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => $"{u.Email} {u.PasswordHash} {u.SecurityStamp} {u.DisabledAtUtc} {u.LockoutEnd}").ToListAsync();
        var roles = await db.UserRoles.CountAsync();
        return string.Join("\n", [store, .. sessions, $"changes {changes}", $"audits {audits}", .. users, $"roles {roles}"]);
    });

    /// <summary>
    /// Sends a request exactly as given, bypassing <see cref="Uri"/>'s own escaping and normalisation, so that
    /// malformed percent-encoding and dot segments reach the app as a hostile client would send them.
    /// </summary>
    public static async Task<(int Status, string ContentType, string Body)> RawGetAsync(SummitAppFactory factory, string path, string query = "")
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = new PathString(path);
            c.Request.QueryString = new QueryString(query);
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, context.Response.ContentType ?? string.Empty, await reader.ReadToEndAsync());
    }

    /// <summary>
    /// An HTML answer carrying <paramref name="payload"/> shows it as text only: the payload's markup is not in the
    /// source, and no element runs script (no event handler, no script but the JSON-LD data block, no script link).
    /// </summary>
    public static void AssertInert(string html, string payload, string where)
    {
        if (payload.Contains('<', StringComparison.Ordinal))
        {
            Assert.False(html.Contains(payload, StringComparison.Ordinal), $"{where} shows the payload unescaped: {payload}");
        }

        AssertNoActiveContent(Html.Parse(html), where);
    }

    public static void AssertNoActiveContent(IDocument document, string where)
    {
        var handlers = document.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(handlers.Count == 0, $"{where} has an element with an event handler: {handlers.FirstOrDefault()?.OuterHtml}");
        var scripts = document.QuerySelectorAll("script").Where(s => s.GetAttribute("type") != "application/ld+json").ToList();
        Assert.True(scripts.Count == 0, $"{where} has a script: {scripts.FirstOrDefault()?.OuterHtml}");
        Assert.Empty(document.QuerySelectorAll("svg, iframe, object, embed"));
        var links = document.All
            .SelectMany(e => e.Attributes.Where(a => a.Name is "href" or "src" or "action" or "formaction" or "xlink:href"))
            .Select(a => a.Value.Trim())
            .Where(v => v.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || v.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || v.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(links.Count == 0, $"{where} links to {links.FirstOrDefault()}");
    }
}
