using System.Net;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Security;

/// <summary>
/// Hostile values in every public URL segment and query parameter: each gets a clear answer below 500, and an HTML
/// answer never carries the payload as markup.
/// </summary>
public sealed class PublicHostileInputTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>Every public route with a segment of the visitor's choosing; {p} is the payload.</summary>
    private static readonly string[] Segments =
    [
        "/sommets/{p}", "/sommets/{p}/programme", "/sommets/{p}/programme.ics", "/sommets/{p}/programme.json",
        "/sommets/{p}/seances/conseil-pleniere.ics", "/sommets/bamako-test/seances/{p}.ics", "/sommets/{p}/textes.zip",
        "/journal/{p}", "/textes/{p}", "/textes/{p}/telecharger", "/textes/{p}/telecharger/1",
        "/textes/protocole-essai/telecharger/{p}", "/erreur/{p}", "/{p}",
    ];

    /// <summary>Every public query parameter; {p} is the payload.</summary>
    private static readonly string[] Queries =
    [
        "/journal?pilier={p}", "/journal?page={p}", "/journal?pilier=diplomatie&page={p}",
        "/journal/rss.xml?pilier={p}", "/journal/atom.xml?pilier={p}",
        "/recherche?q={p}", "/recherche?q=essai&page={p}", "/textes/verifier?sha256={p}",
        "/compte/connexion?ReturnUrl={p}", "/?{p}={p}", "/programme?sommet={p}", "/sitemap.xml?{p}",
        "/programme.ics?{p}", "/programme.json?{p}", "/textes/protocole-essai/telecharger?version={p}",
    ];

    public static TheoryData<string> Payloads() => Hostile.All();

    /// <summary>
    /// The payloads a real client can put in a URL path: Kestrel answers 400 to a path with NUL before the app sees it,
    /// and the test host's client throws on one instead, so NUL is sent raw only.
    /// </summary>
    public static TheoryData<string> PathPayloads() => new(Hostile.Values().Where(p => !p.Contains('\0', StringComparison.Ordinal)));

    private static async Task AssertAnswerAsync(HttpResponseMessage response, string payload, string url)
    {
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"GET {url} answered {status}");
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            Hostile.AssertInert(await response.Content.ReadAsStringAsync(), payload, url);
        }
    }

    [Theory]
    [MemberData(nameof(PathPayloads))]
    public async Task UrlSegments_WithHostileValues_Answer4xxWithoutError(string payload)
    {
        var client = _factory.Client();

        foreach (var template in Segments)
        {
            var url = template.Replace("{p}", Uri.EscapeDataString(payload), StringComparison.Ordinal);
            using var response = await client.GetAsync(url);

            await AssertAnswerAsync(response, payload, url);

            // ".." is resolved by the client itself (/sommets/.. is /): only a segment that reached the app must be refused.
            if (response.RequestMessage!.RequestUri!.AbsolutePath == url)
            {
                Assert.True((int)response.StatusCode is >= 400 and < 500, $"GET {url} answered {(int)response.StatusCode}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task UrlSegments_WithHostileValuesSentRaw_AnswerWithoutError(string payload)
    {
        foreach (var template in Segments)
        {
            // Unescaped: dot segments, backslashes and percent signs as a hostile client types them.
            var path = template.Replace("{p}", payload, StringComparison.Ordinal);
            var (status, type, body) = await Hostile.RawGetAsync(_factory, path);

            Assert.True(status < 500, $"GET {path} answered {status}");
            Assert.DoesNotContain("root:x:0:0", body, StringComparison.Ordinal);
            if (type.StartsWith("text/html", StringComparison.Ordinal))
            {
                Hostile.AssertInert(body, payload, path);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task QueryParameters_WithHostileValues_AnswerWithoutError(string payload)
    {
        var client = _factory.Client();

        foreach (var template in Queries)
        {
            var url = template.Replace("{p}", Uri.EscapeDataString(payload), StringComparison.Ordinal);
            using var response = await client.GetAsync(url);

            await AssertAnswerAsync(response, payload, url);
        }
    }

    [Theory]
    [InlineData("%")]
    [InlineData("%zz")]
    [InlineData("%C3%28")]
    [InlineData("%FF%FE")]
    [InlineData("%00")]
    [InlineData("%E2%82")]
    [InlineData("%%32%65")]
    [InlineData("a=%&b")]
    [InlineData("&&&==&")]
    public async Task QueryParameters_WithMalformedPercentEncoding_AnswerWithoutError(string raw)
    {
        foreach (var template in Queries)
        {
            var url = template.Replace("{p}", raw, StringComparison.Ordinal);
            var separator = url.IndexOf('?', StringComparison.Ordinal);
            var (status, type, body) = await Hostile.RawGetAsync(_factory, url[..separator], url[separator..]);

            Assert.True(status < 500, $"GET {url} answered {status}");
            if (type.StartsWith("text/html", StringComparison.Ordinal))
            {
                Hostile.AssertNoActiveContent(Html.Parse(body), url);
            }
        }
    }

    [Theory]
    [InlineData("%")]
    [InlineData("%zz")]
    [InlineData("%C3%28")]
    [InlineData("%2e%2e%2f%2e%2e%2f")]
    [InlineData("..%2f..%2f")]
    [InlineData("..%5c..%5c")]
    [InlineData("%252e%252e%252f")]
    public async Task UrlSegments_WithMalformedPercentEncoding_AnswerWithoutError(string raw)
    {
        var client = _factory.Client();

        foreach (var template in Segments)
        {
            var url = template.Replace("{p}", raw, StringComparison.Ordinal);
            using var response = await client.GetAsync(url);

            Assert.True((int)response.StatusCode < 500, $"GET {url} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("root:x:0:0", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(8_000)]
    [InlineData(100_000)]
    public async Task HugeQueryStrings_AreRefusedOrAnsweredWithoutError(int length)
    {
        var client = _factory.Client();
        var value = string.Concat(Enumerable.Repeat("protocole ", length / 10));

        foreach (var template in Queries)
        {
            var url = template.Replace("{p}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            using var response = await client.GetAsync(url);

            Assert.True((int)response.StatusCode < 500, $"GET {template} with {url.Length} characters answered {(int)response.StatusCode}");
        }

        using var many = await client.GetAsync("/recherche?" + string.Join("&", Enumerable.Range(0, length / 10).Select(i => $"q{i}={i}")));
        Assert.True((int)many.StatusCode < 500, $"{length / 10} parameters answered {(int)many.StatusCode}");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(protocole défense, 2)")]
    [InlineData("AND OR NOT")]
    [InlineData("protocole AND")]
    [InlineData("title:protocole")]
    [InlineData("{Title Body}: protocole")]
    [InlineData("^protocole")]
    [InlineData("protocole*")]
    [InlineData("\"protocole")]
    [InlineData("(((")]
    [InlineData(")")]
    [InlineData("-protocole")]
    [InlineData("+")]
    [InlineData("' OR 1=1 --")]
    [InlineData("\"; DROP TABLE Articles;--")]
    [InlineData("') UNION SELECT * FROM AspNetUsers --")]
    [InlineData("\u0000protocole")]
    [InlineData("protocole\u00a0défense")]
    public async Task Search_WithFts5OrSqlSyntax_Answers200WithoutError(string query)
    {
        var client = _factory.Client();

        using var response = await client.GetAsync($"/recherche?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Hostile.AssertInert(await response.Content.ReadAsStringAsync(), query, query);
        // The store is intact and the index still answers.
        Assert.Contains("/textes/protocole-essai", (await client.GetDocumentAsync("/recherche?q=essai")).QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")));
        Assert.Equal(4, await _factory.InStoreAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Articles)));
    }

    [Theory]
    [InlineData("/journal?page=-1")]
    [InlineData("/journal?page=0")]
    [InlineData("/journal?page=2147483647")]
    [InlineData("/journal?page=2147483648")]
    [InlineData("/journal?page=99999999999999999999")]
    [InlineData("/journal?page=1e3")]
    [InlineData("/journal?page=1.5")]
    [InlineData("/journal?page=")]
    [InlineData("/journal?page=1&page=2")]
    [InlineData("/recherche?q=essai&page=-1")]
    [InlineData("/recherche?q=essai&page=2147483647")]
    [InlineData("/recherche?q=essai&page=2147483648")]
    [InlineData("/recherche?q=essai&page=1e3")]
    [InlineData("/recherche?q=essai&page=99")]
    [InlineData("/recherche?q=essai&q=protocole")]
    [InlineData("/textes/protocole-essai/telecharger/0")]
    [InlineData("/textes/protocole-essai/telecharger/-1")]
    [InlineData("/textes/protocole-essai/telecharger/2147483648")]
    [InlineData("/textes/protocole-essai/telecharger/99")]
    public async Task PageNumbers_UnknownNegativeOrHuge_Answer200Or4xx(string url)
    {
        using var response = await _factory.Client().GetAsync(url);

        var status = (int)response.StatusCode;
        Assert.True(status is 200 or 400 or 404, $"GET {url} answered {status}");
    }

    [Theory]
    [InlineData("Diplomatie")]
    [InlineData("DIPLOMATIE")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("Diplomacy")]
    [InlineData("diplomatie,securite")]
    [InlineData("None")]
    [InlineData("2147483647")]
    [InlineData(" diplomatie")]
    public async Task Pillar_WithAWrongValue_Is404(string pillar)
    {
        var client = _factory.Client();

        foreach (var path in new[] { "/journal", "/journal/rss.xml", "/journal/atom.xml" })
        {
            using var response = await client.GetAsync($"{path}?pilier={Uri.EscapeDataString(pillar)}");

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}?pilier={pillar} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("%2f%2fevil.example")]
    public async Task SignIn_WithAHostileReturnUrl_StaysOnThePortal(string returnUrl)
    {
        await _factory.CreateAccountAsync("sp@aes.test", AesSummit.Web.Features.Accounts.Roles.PermanentSecretariat);
        var client = _factory.Client();

        var response = await client.SubmitAsync($"/compte/connexion?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "sp@aes.test",
            ["Input.Password"] = Accounts.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal("/gestion", location);
    }
}
