using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Security;

/// <summary>
/// Hostile values typed into every back-office form, through the real forms and antiforgery tokens: markup is shown as
/// text wherever it appears afterwards, and a value the form cannot take is a form error, never a 500, with nothing saved.
/// </summary>
public sealed class BackOfficeHostileInputTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string> Xss() => new(Hostile.Xss);

    private static byte[] Pdf(string name) => File.ReadAllBytes(Path.Combine(TempFolder.TestContentPath, "textes", name));

    private Task<string> SnapshotAsync() => _factory.InStoreAsync(StoreSnapshot.TakeAsync);

    private Task<string> FullSnapshotAsync() => Hostile.SnapshotAsync(_factory);

    private static async Task AssertInertAsync(HttpClient client, string url, string payload)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        Hostile.AssertInert(await response.Content.ReadAsStringAsync(), payload, url);
    }

    /// <summary>A 400 with the form shown again; with a message in French when the field is one a person types into.</summary>
    private static async Task AssertFormErrorAsync(HttpResponseMessage response, string what, bool typed)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what} answered {(int)response.StatusCode}");
        var document = await response.ReadDocumentAsync();
        Assert.True(document.QuerySelector("main form") is not null, $"{what}: the form is not shown again");
        if (typed)
        {
            var errors = document.QuerySelectorAll(".field-error, .form-errors").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
            Assert.True(errors.Count > 0, $"{what}: no error message is shown");
            Assert.DoesNotContain(errors, e => e.Contains("is not valid", StringComparison.Ordinal) || e.Contains("is invalid", StringComparison.Ordinal) || e.Contains("field is required", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Xss))]
    public async Task Article_WithMarkupInEveryField_IsShownAsTextInTheBackOfficeAndOncePublished(string payload)
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var title = $"Hostile {payload}";

        var created = await writer.SubmitAsync("/gestion/articles/nouveau", "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Summary"] = payload,
            ["Input.Body"] = $"{payload}\n\n[lien]({payload})\n\n<img src=x onerror=alert(1)>",
            ["Input.Pillars"] = "diplomatie",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var found = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Title == title).Select(a => new { a.Id, a.Slug }).SingleAsync());
        var (id, slug) = (found.Id, found.Slug);
        foreach (var url in new[] { "/gestion", "/gestion/articles", $"/gestion/articles/{id}", $"/gestion/articles/{id}/modifier" })
        {
            await AssertInertAsync(writer, url, payload);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync($"/gestion/articles/{id}", "form[action*=Submit]")).StatusCode);
        await AssertInertAsync(secretariat, "/gestion", payload);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync($"/gestion/articles/{id}", "form[action*=Validate]")).StatusCode);

        var visitor = _factory.Client();
        foreach (var url in new[] { $"/journal/{slug}", "/journal", "/journal?pilier=diplomatie", "/", "/recherche?q=hostile" })
        {
            await AssertInertAsync(visitor, url, payload);
        }

        var feed = await visitor.GetStringAsync("/journal/rss.xml");
        Assert.Contains("Hostile", feed, StringComparison.Ordinal);
        if (payload.Contains('<', StringComparison.Ordinal))
        {
            Assert.DoesNotContain(payload, feed, StringComparison.Ordinal);
        }
        Assert.Equal(PublicationStatus.Published, await _factory.InStoreAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg onload=alert(1)><circle r=1 /></svg>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("[clic](javascript:alert(1))")]
    [InlineData("[clic](JaVaScRiPt:alert(1))")]
    [InlineData("[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[a][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[clic](\"onmouseover=alert(1))")]
    [InlineData("[clic](https://x.example/\"onmouseover=\"alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">clic</a>")]
    [InlineData("<details open ontoggle=alert(1)>")]
    [InlineData("```html\n<script>alert(1)</script>\n```")]
    public async Task ArticleMarkdown_WithActiveContent_IsNeutralisedInTheStoredHtmlAndThePreview(string markdown)
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Markdown hostile",
            ["Input.Summary"] = "Résumé.",
            ["Input.Body"] = markdown,
            ["Input.Pillars"] = "diplomatie",
        };

        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await writer.GetDocumentAsync("/gestion/articles/nouveau")).QuerySelector("main form")!;
        var preview = await writer.PostFormAsync(form, "/gestion/articles/nouveau", fields, formAction: "/gestion/articles/nouveau?handler=Preview");
        var created = await writer.SubmitAsync("/gestion/articles/nouveau", "main form", fields);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Hostile.AssertNoActiveContent(await preview.ReadDocumentAsync(), "the preview");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var found = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Title == "Markdown hostile").Select(a => new { a.Id, a.BodyHtml }).SingleAsync());
        var (id, html) = (found.Id, found.BodyHtml);
        Hostile.AssertNoActiveContent(Html.Parse(html), "the stored HTML");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Hostile.AssertNoActiveContent(await writer.GetDocumentAsync($"/gestion/articles/{id}"), "the back-office page");
    }

    [Theory]
    [MemberData(nameof(Xss))]
    public async Task Text_WithMarkupInEveryField_IsShownAsTextInTheBackOfficeAndOncePublished(string payload)
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var title = $"Hostile {payload}";
        var pdf = Pdf("protocole-essai.pdf");
        pdf[^20] ^= 1;

        var created = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", new Dictionary<string, string>
        {
            ["Input.Reference"] = $"AES/{payload}"[..Math.Min(100, payload.Length + 4)],
            ["Input.Title"] = title,
            ["Input.Kind"] = "declaration",
            ["Input.AdoptingBody"] = payload,
            ["Input.AdoptedOn"] = "2025-12-23",
            ["Input.Language"] = "fr",
            ["Input.Summary"] = payload,
            ["Input.Summit"] = "bamako-test",
        }, ("Input.File", "texte.pdf", pdf));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var found = await _factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Title == title).Select(t => new { t.Id, t.Slug }).SingleAsync());
        var (id, slug) = (found.Id, found.Slug);
        foreach (var url in new[] { "/gestion", "/gestion/textes", $"/gestion/textes/{id}", $"/gestion/textes/{id}/modifier" })
        {
            await AssertInertAsync(writer, url, payload);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync($"/gestion/textes/{id}", "form[action*=Submit]")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync($"/gestion/textes/{id}", "form[action*=Validate]")).StatusCode);

        var visitor = _factory.Client();
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        foreach (var url in new[] { $"/textes/{slug}", "/textes", "/", "/sommets/bamako-test", "/recherche?q=hostile", $"/textes/verifier?sha256={sha}" })
        {
            await AssertInertAsync(visitor, url, payload);
        }

        using var download = await visitor.GetAsync($"/textes/{slug}/telecharger");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var fileName = download.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        Assert.Matches("^[A-Za-z0-9_-]+\\.pdf$", fileName);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(Xss))]
    public async Task WorkflowReasons_WithMarkup_AreShownAsText(string payload)
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        await writer.SubmitAsync("/gestion/articles/nouveau", "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Article à renvoyer",
            ["Input.Summary"] = "Résumé.",
            ["Input.Body"] = "Corps.",
            ["Input.Pillars"] = "diplomatie",
        });
        var id = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Title == "Article à renvoyer").Select(a => a.Id).SingleAsync());
        var page = $"/gestion/articles/{id}";

        await writer.SubmitAsync(page, "form[action*=Submit]");
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=SendBack]", new Dictionary<string, string> { ["Reason"] = payload })).StatusCode);
        await AssertInertAsync(writer, page, payload);
        await AssertInertAsync(writer, "/gestion", payload);
        await writer.SubmitAsync(page, "form[action*=Submit]");
        await secretariat.SubmitAsync(page, "form[action*=Validate]");
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=Withdraw]", new Dictionary<string, string> { ["Reason"] = payload })).StatusCode);

        await AssertInertAsync(_factory.Client(), "/journal/article-a-renvoyer", payload);
        await AssertInertAsync(secretariat, page, payload);
    }

    [Theory]
    [MemberData(nameof(Xss))]
    public async Task SessionVenue_WithMarkup_IsShownAsTextEverywhere(string payload)
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var id = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Slug == "conseil-pleniere").Select(s => s.Id).SingleAsync());

        var response = await secretariat.SubmitAsync($"/gestion/programme/seances/{id}", "main form", new Dictionary<string, string> { ["Input.Venue"] = payload });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(payload, await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Id == id).Select(s => s.Venue).SingleAsync()));
        foreach (var url in new[] { "/programme", "/programme/modifications", "/sommets/bamako-test/programme", "/" })
        {
            await AssertInertAsync(_factory.Client(), url, payload);
        }

        foreach (var url in new[] { "/gestion/programme", $"/gestion/programme/seances/{id}" })
        {
            await AssertInertAsync(secretariat, url, payload);
        }

        using var json = await _factory.Client().GetAsync("/programme.json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var venues = System.Text.Json.Nodes.JsonNode.Parse(await json.Content.ReadAsStringAsync())!["phases"]!.AsArray()
            .SelectMany(p => p!["sessions"]!.AsArray()).Select(s => (string?)s!["venue"]);
        Assert.Contains(payload, venues);
        Assert.Equal(HttpStatusCode.OK, (await _factory.Client().GetAsync("/programme.ics")).StatusCode);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>@aes.test")]
    [InlineData("\"><svg onload=alert(1)>@aes.test")]
    [InlineData("x@aes.test<script>alert(1)</script>")]
    [InlineData("' OR 1=1 --@aes.test")]
    public async Task AccountEmail_WithMarkup_IsRefusedOrShownAsText(string email)
    {
        var admin = await _factory.SignedInAsync("admin@aes.test", Roles.Administrator);
        var before = await FullSnapshotAsync();

        var response = await admin.SubmitAsync("/gestion/comptes", "form[action*=Create]", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
            ["Input.Roles"] = Roles.Writer,
        });

        Assert.True((int)response.StatusCode is 302 or 400, $"account creation answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Hostile.AssertInert(await response.Content.ReadAsStringAsync(), email, "the refused form");
            Assert.Equal(before, await FullSnapshotAsync());
        }

        await AssertInertAsync(admin, "/gestion/comptes", email);
    }

    /// <summary>A form, a field and a value it cannot take; {a} article, {t} text and {s} session ids.</summary>
    public static TheoryData<string, string, string, string> BadValues() => new()
    {
        { "/gestion/articles/nouveau", "main form", "Input.Title", new string('T', 100_000) },
        { "/gestion/articles/nouveau", "main form", "Input.Summary", new string('S', 100_000) },
        { "/gestion/articles/nouveau", "main form", "Input.Body", new string('B', 100_001) },
        { "/gestion/articles/nouveau", "main form", "Input.Title", "   " },
        { "/gestion/articles/nouveau", "main form", "Input.Summary", " \t " },
        { "/gestion/articles/nouveau", "main form", "Input.Body", "\r\n" },
        { "/gestion/articles/{a}/modifier", "main form", "Input.Title", "   " },
        { "/gestion/articles/nouveau", "main form", "Input.Pillars", "agriculture" },
        { "/gestion/articles/nouveau", "main form", "Input.Pillars", "Diplomacy" },
        { "/gestion/articles/nouveau", "main form", "Input.Summit", "../../etc/passwd" },
        { "/gestion/articles/nouveau", "main form", "Input.Summit", "' OR 1=1 --" },
        { "/gestion/articles/nouveau", "main form", "Input.IsSample", "peut-être" },
        { "/gestion/articles/{a}/modifier", "main form", "Input.Title", new string('T', 100_000) },
        { "/gestion/articles/{a}/modifier", "main form", "Input.Pillars", "<script>alert(1)</script>" },
        { "/gestion/articles/{a}/modifier", "main form", "Input.Version", "pas-un-guid" },
        { "/gestion/textes/nouveau", "main form", "Input.Title", new string('T', 100_000) },
        { "/gestion/textes/nouveau", "main form", "Input.Reference", new string('R', 101) },
        { "/gestion/textes/nouveau", "main form", "Input.AdoptingBody", new string('A', 100_000) },
        { "/gestion/textes/nouveau", "main form", "Input.Summary", new string('S', 100_000) },
        { "/gestion/textes/nouveau", "main form", "Input.AdoptedOn", "2025-13-45" },
        { "/gestion/textes/nouveau", "main form", "Input.AdoptedOn", "hier" },
        { "/gestion/textes/nouveau", "main form", "Input.AdoptedOn", "0000-00-00" },
        { "/gestion/textes/nouveau", "main form", "Input.AdoptedOn", "99999-01-01" },
        { "/gestion/textes/nouveau", "main form", "Input.Kind", "traite'; DROP TABLE OfficialTexts;--" },
        { "/gestion/textes/nouveau", "main form", "Input.Kind", "Treaty" },
        { "/gestion/textes/nouveau", "main form", "Input.Language", "français" },
        { "/gestion/textes/nouveau", "main form", "Input.Language", "fr\"><script>" },
        { "/gestion/textes/nouveau", "main form", "Input.Summit", "../niamey-test" },
        { "/gestion/textes/nouveau", "main form", "Input.Reference", "   " },
        { "/gestion/textes/nouveau", "main form", "Input.Title", "   " },
        { "/gestion/textes/nouveau", "main form", "Input.AdoptingBody", "   " },
        { "/gestion/textes/nouveau", "main form", "Input.Summary", "   " },
        { "/gestion/textes/{t}/modifier", "main form", "Input.Reference", "   " },
        { "/gestion/textes/{t}/modifier", "main form", "Input.AdoptedOn", "31/12/2025" },
        { "/gestion/textes/{t}/modifier", "main form", "Input.Title", new string('T', 100_000) },
        { "/gestion/textes/{t}/modifier", "main form", "Input.Version", "' OR 1=1 --" },
        { "/gestion/programme/seances/{s}", "main form", "Input.Start", "demain" },
        { "/gestion/programme/seances/{s}", "main form", "Input.Start", "2025-02-30T10:00" },
        { "/gestion/programme/seances/{s}", "main form", "Input.End", "99999-12-31T23:59" },
        { "/gestion/programme/seances/{s}", "main form", "Input.End", "" },
        { "/gestion/programme/seances/{s}", "main form", "Input.Venue", new string('V', 100_000) },
        { "/gestion/programme/seances/{s}", "main form", "Input.Venue", "" },
        { "/gestion/programme/seances/{s}", "main form", "Input.Status", "Exploded" },
        { "/gestion/programme/seances/{s}", "main form", "Input.Status", "99" },
        { "/gestion/programme/seances/{s}", "main form", "Input.Status", "-1" },
        { "/gestion/programme/seances/{s}", "main form", "Input.Version", "x" },
        { "/gestion/comptes", "form[action*=Create]", "Input.Email", new string('e', 100_000) + "@aes.test" },
        { "/gestion/comptes", "form[action*=Create]", "Input.Email", "pas une adresse" },
        { "/gestion/comptes", "form[action*=Create]", "Input.Email", "   " },
        { "/gestion/comptes", "form[action*=Create]", "Input.Roles", "Dieu" },
        { "/gestion/comptes", "form[action*=Create]", "Input.Password", "court" },
        { "/gestion/comptes", "form[action*=Create]", "Input.Password", new string('p', 100_000) },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Forms_WithAValueTheyCannotTake_ShowAFormErrorAndSaveNothing(string page, string form, string field, string value)
    {
        var (client, url) = await ArrangeFormAsync(page);
        var fields = new Dictionary<string, string>(ValidFields(page)) { [field] = value };
        var before = await FullSnapshotAsync();

        var response = page.Contains("/textes/nouveau", StringComparison.Ordinal)
            ? await client.SubmitAsync(url, form, fields, ("Input.File", "texte.pdf", Pdf("traite-essai.pdf")))
            : await client.SubmitAsync(url, form, fields);

        // Hidden fields, check boxes and lists only carry such a value when the request was forged: a 400 and the form suffice there.
        var typed = field is not ("Input.Version" or "Input.Status" or "Input.IsSample" or "Input.Pillars" or "Input.Summit" or "Input.Kind" or "Input.Roles");
        await AssertFormErrorAsync(response, $"{field}={(value.Length > 40 ? value[..40] + "…" : value)} on {page}", typed);
        Assert.Equal(before, await FullSnapshotAsync());
    }

    /// <summary>Valid values for the other fields of the form, so that only the hostile one is at fault.</summary>
    private static Dictionary<string, string> ValidFields(string page) => page switch
    {
        _ when page.StartsWith("/gestion/articles", StringComparison.Ordinal) => new()
        {
            ["Input.Title"] = "Titre valable",
            ["Input.Summary"] = "Résumé.",
            ["Input.Body"] = "Corps.",
            ["Input.Pillars"] = "diplomatie",
        },
        _ when page.StartsWith("/gestion/textes", StringComparison.Ordinal) => new()
        {
            ["Input.Reference"] = "AES/CCE/2025/D-11",
            ["Input.Title"] = "Texte valable",
            ["Input.Kind"] = "declaration",
            ["Input.AdoptingBody"] = "Collège des Chefs d'État",
            ["Input.AdoptedOn"] = "2025-12-23",
            ["Input.Language"] = "fr",
            ["Input.Summary"] = "Résumé.",
        },
        _ when page.StartsWith("/gestion/comptes", StringComparison.Ordinal) => new()
        {
            ["Input.Email"] = "nouveau@aes.test",
            ["Input.Password"] = Accounts.Password,
            ["Input.Roles"] = Roles.Writer,
        },
        _ => new()
        {
            ["Input.Start"] = "2025-12-20T15:00",
            ["Input.End"] = "2025-12-20T18:00",
            ["Input.Venue"] = "Centre international de conférences",
            ["Input.Status"] = "Changed",
        },
    };

    /// <summary>A client in the role the page needs and the page's URL, with a draft of the writer's own to edit where one is needed.</summary>
    private async Task<(HttpClient Client, string Url)> ArrangeFormAsync(string page)
    {
        if (page.StartsWith("/gestion/programme", StringComparison.Ordinal))
        {
            var session = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Slug == "conseil-pleniere").Select(s => s.Id).SingleAsync());
            return (await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat), page.Replace("{s}", session.ToString(), StringComparison.Ordinal));
        }

        if (page.StartsWith("/gestion/comptes", StringComparison.Ordinal))
        {
            return (await _factory.SignedInAsync("admin@aes.test", Roles.Administrator), page);
        }

        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        if (page.Contains("{a}", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync("/gestion/articles/nouveau", "main form", ValidFields("/gestion/articles"))).StatusCode);
            var id = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Title == "Titre valable").Select(a => a.Id).SingleAsync());
            return (writer, page.Replace("{a}", id.ToString(), StringComparison.Ordinal));
        }

        if (page.Contains("{t}", StringComparison.Ordinal))
        {
            var created = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", ValidFields("/gestion/textes"), ("Input.File", "texte.pdf", Pdf("traite-essai.pdf")));
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            var id = await _factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Title == "Texte valable").Select(t => t.Id).SingleAsync());
            return (writer, page.Replace("{t}", id.ToString(), StringComparison.Ordinal));
        }

        return (writer, page);
    }

    [Theory]
    [InlineData("SendBack", "Version", "pas-un-guid")]
    [InlineData("SendBack", "Reason", "")]
    [InlineData("SendBack", "Reason", "   ")]
    [InlineData("Validate", "PublishAt", "demain")]
    [InlineData("Validate", "PublishAt", "2025-02-30T10:00")]
    [InlineData("Validate", "Version", "00000000-0000-0000-0000-000000000000")]
    [InlineData("SendBack", "Reason", "{2001}")]
    [InlineData("SendBack", "Reason", "{100000}")]
    public async Task WorkflowMoves_WithAValueTheyCannotTake_ChangeNothing(string handler, string field, string value)
    {
        if (value.StartsWith('{'))
        {
            value = new string('r', int.Parse(value[1..^1], System.Globalization.CultureInfo.InvariantCulture));
        }

        var items = await BackOfficeItems.ArrangeAsync(_factory);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = $"/gestion/articles/{items.ArticleId}";
        var document = await secretariat.GetDocumentAsync(page);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = version, ["Reason"] = "Motif.", [field] = value };
        var before = await FullSnapshotAsync();

        using var response = await secretariat.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(fields));

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{handler} with {field}={value[..Math.Min(value.Length, 40)]} answered {(int)response.StatusCode}");
        var alert = (await response.ReadDocumentAsync()).Alert();
        Assert.NotNull(alert);
        Assert.DoesNotContain("not valid", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await FullSnapshotAsync());
    }
}
