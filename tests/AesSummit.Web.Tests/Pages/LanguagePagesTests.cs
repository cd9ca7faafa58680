using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages;

/// <summary>
/// French at the usual addresses, English under <c>/en/</c>: the UI, dates, <c>lang</c>, alternates and switcher per page;
/// an article without an English version says so in English and shows its French original, marked as French.
/// </summary>
public sealed class LanguagePagesTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/", "fr", "Programme")]
    [InlineData("/en/", "en", "Programme")]
    [InlineData("/journal", "fr", "Journal du Sommet")]
    [InlineData("/en/journal", "en", "Summit News")]
    [InlineData("/en/textes", "en", "Official texts")]
    [InlineData("/en/recherche?q=protocole", "en", "Search")]
    public async Task Pages_AreWhollyInTheLanguageOfTheirAddress(string path, string language, string navigationWord)
    {
        var page = await _factory.Client().GetDocumentAsync(path);

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(navigationWord, page.Texts("header nav .nav a"));
    }

    [Fact]
    public async Task EnglishLinks_StayInEnglish()
    {
        var page = await _factory.Client().GetDocumentAsync("/en/journal");

        var links = page.QuerySelectorAll("header nav .nav a, .articles h2 a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("/en/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATranslatedArticle_IsShownInEnglishWithItsDateInEnglish()
    {
        var english = await _factory.Client().GetDocumentAsync("/en/journal/conseil-des-ministres");
        var french = await _factory.Client().GetDocumentAsync("/journal/conseil-des-ministres");

        Assert.Equal("The Council of Ministers meets at Koulouba Palace", english.QuerySelector("h1")!.TextContent);
        Assert.Equal("20 December 2025", english.QuerySelector(".article time")!.TextContent);
        Assert.Null(english.QuerySelector(".translation-note"));
        Assert.Equal("Le Conseil des Ministres siège au Palais de Koulouba", french.QuerySelector("h1")!.TextContent);
        Assert.Equal("20 décembre 2025", french.QuerySelector(".article time")!.TextContent);
        Assert.Equal("Test diagram of three linked points.", english.QuerySelector(".article img")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task AnArticleWithoutEnglishVersion_SaysSoInEnglishAndShowsTheFrenchMarkedAsFrench()
    {
        var response = await _factory.Client().GetAsync("/en/journal/ouverture-experts");
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("This article is not yet available in English.", page.QuerySelector(".translation-note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("fr", page.QuerySelector("article.article")!.GetAttribute("lang"));
        Assert.Equal("Ouverture de la réunion des experts", page.QuerySelector("h1")!.TextContent);
        // The alternates name the languages the article exists in: French alone.
        Assert.Equal(["fr", "x-default"], page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")!));
    }

    [Fact]
    public async Task EnglishJournal_ListsEnglishArticlesAndSaysHowManyAreOnlyInFrench()
    {
        var page = await _factory.Client().GetDocumentAsync("/en/journal");

        Assert.Equal(["The Council of Ministers meets at Koulouba Palace"], page.Texts(".articles h2"));
        Assert.Equal("1 more article(s) are so far only available in French. See all the news in French", page.QuerySelector(".translation-note")!.TextContent);
    }

    [Fact]
    public async Task EveryPage_HasItsAlternatesAndASwitcherToTheSamePageInTheOtherLanguage()
    {
        var french = await _factory.Client().GetDocumentAsync("/programme?sommet=bamako-test");
        var english = await _factory.Client().GetDocumentAsync("/en/programme?sommet=bamako-test");

        Assert.Equal("/en/programme?sommet=bamako-test", french.QuerySelector("nav.languages a[hreflang=en]")!.GetAttribute("href"));
        Assert.Equal("English", french.QuerySelector("nav.languages a[hreflang=en]")!.TextContent);
        Assert.Equal("/programme?sommet=bamako-test", english.QuerySelector("nav.languages a[hreflang=fr]")!.GetAttribute("href"));
        Assert.Equal("Français", english.QuerySelector("nav.languages a[hreflang=fr]")!.TextContent);
        // The alternates and the canonical address name the page without its query (here, the summit's own programme page).
        Assert.Equal(
            ["http://localhost/sommets/bamako-test/programme", "http://localhost/en/sommets/bamako-test/programme", "http://localhost/sommets/bamako-test/programme"],
            english.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("href")!));
        Assert.Equal("http://localhost/en/sommets/bamako-test/programme", english.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheCache_KeepsEachLanguageApart()
    {
        var client = _factory.Client();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("fr", (await client.GetDocumentAsync("/programme")).DocumentElement.GetAttribute("lang"));
            Assert.Equal("en", (await client.GetDocumentAsync("/en/programme")).DocumentElement.GetAttribute("lang"));
        }
    }

    [Fact]
    public async Task EnglishFeed_CarriesTheEnglishArticlesAtEnglishAddresses()
    {
        var feed = await _factory.Client().GetStringAsync("/en/journal/rss.xml");

        Assert.Contains("<language>en</language>", feed, StringComparison.Ordinal);
        Assert.Contains("<link>http://localhost/en/journal/conseil-des-ministres</link>", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("Ouverture de la réunion des experts", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageWithoutEnglishVersion_SaysSoAndShowsTheFrench()
    {
        var page = await _factory.Client().GetDocumentAsync("/en/confederation");

        Assert.StartsWith("This page is not yet available in English.", page.QuerySelector(".translation-note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("La Confédération des États du Sahel", page.QuerySelector("[lang=fr] h1")!.TextContent);
    }

    [Fact]
    public async Task AnUnknownLanguagePrefix_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.Client().GetAsync("/de/programme")).StatusCode);
        var notFound = await _factory.Client().GetAsync("/en/nulle-part");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("en", (await notFound.ReadDocumentAsync()).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task AnEnglishVersion_IsWrittenAndValidatedThroughTheSameWorkflow()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var id = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Slug == "ouverture-experts").Select(a => a.Id).SingleAsync());
        var original = await writer.GetDocumentAsync($"/gestion/articles/{id}");
        var write = original.QuerySelector($"a[href='/gestion/articles/{id}/traduction/en']");
        Assert.NotNull(write);

        var created = await writer.SubmitAsync($"/gestion/articles/{id}/traduction/en", "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "The experts open the summit",
            ["Input.Summary"] = "The Meeting of Experts opens.",
            ["Input.Body"] = "Demonstration text.",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = ArticleForms.PathOf(created);
        Assert.Equal("This article is not yet available in English. Its original version, in French, follows. See the original page",
            (await _factory.Client().GetDocumentAsync("/en/journal/ouverture-experts")).QuerySelector(".translation-note")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=Submit]")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=Validate]")).StatusCode);

        var english = await _factory.Client().GetDocumentAsync("/en/journal/ouverture-experts");
        Assert.Equal("The experts open the summit", english.QuerySelector("h1")!.TextContent);
        Assert.Null(english.QuerySelector(".translation-note"));
        Assert.Equal("Ouverture de la réunion des experts", (await _factory.Client().GetDocumentAsync("/journal/ouverture-experts")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task TwoWriters_StartingTheSameEnglishVersionTogether_OnlyOneGetsIt()
    {
        var first = await _factory.SignedInAsync("r1@aes.test", Roles.Writer);
        var second = await _factory.SignedInAsync("r2@aes.test", Roles.Writer);
        var id = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Slug == "ouverture-experts").Select(a => a.Id).SingleAsync());
        var path = $"/gestion/articles/{id}/traduction/en";
        var fields = new Dictionary<string, string> { ["Input.Title"] = "Title", ["Input.Summary"] = "Summary.", ["Input.Body"] = "Body." };

        var responses = await Together.ReleaseAsync([await first.PrepareAsync(path, "main form", fields), await second.PrepareAsync(path, "main form", fields)]);

        Assert.Equal([302, 409], responses.Statuses());
        Assert.Equal(1, await _factory.InStoreAsync(db => db.Articles.CountAsync(a => a.Slug == "ouverture-experts" && a.Language == "en")));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("de")]
    public async Task ATranslationIntoTheOriginalOrAnUnknownLanguage_Is404(string language)
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var id = await _factory.InStoreAsync(db => db.Articles.Where(a => a.Slug == "ouverture-experts").Select(a => a.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/gestion/articles/{id}/traduction/{language}")).StatusCode);
    }

    [Fact]
    public async Task EnglishProgramme_ShowsEachSessionInEnglishOrMarksItsFrenchTitle()
    {
        var page = await _factory.Client().GetDocumentAsync("/en/sommets/bamako-test/programme");

        var translated = page.QuerySelector("#session-ouverture-experts h4")!;
        var untranslated = page.QuerySelector("#session-commission-defense h4")!;

        Assert.Equal("Opening of the experts' work", translated.TextContent);
        Assert.Null(translated.GetAttribute("lang"));
        Assert.Equal("Commission Défense et Sécurité", untranslated.TextContent);
        Assert.Equal("fr", untranslated.GetAttribute("lang"));
        Assert.Equal("Part of this programme is not yet available in English: those titles are given in their original French.", page.QuerySelector(".translation-note")!.TextContent);
        Assert.Equal("Ouverture des travaux des experts", (await _factory.Client().GetDocumentAsync("/sommets/bamako-test/programme")).QuerySelector("#session-ouverture-experts h4")!.TextContent);
    }

    [Fact]
    public async Task EnglishCalendarAndData_CarryTheEnglishTitles()
    {
        // Long lines are folded (RFC 5545): unfolded before reading.
        var calendar = (await _factory.Client().GetStringAsync("/en/sommets/bamako-test/programme.ics")).Replace("\r\n ", "", StringComparison.Ordinal);
        var json = System.Text.Json.JsonDocument.Parse(await _factory.Client().GetStringAsync("/en/sommets/bamako-test/programme.json"));

        Assert.Contains("SUMMARY:Opening of the experts' work", calendar, StringComparison.Ordinal);
        Assert.Contains("URL:http://localhost/en/sommets/bamako-test/programme#session-ouverture-experts", calendar, StringComparison.Ordinal);
        var session = json.RootElement.GetProperty("phases")[0].GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("slug").GetString() == "ouverture-experts");
        Assert.Equal("Opening of the experts' work", session.GetProperty("title").GetString());
        Assert.Equal("en", session.GetProperty("titleLanguage").GetString());
    }

    [Fact]
    public async Task EnglishSearch_FindsEnglishWordsByTheirStem_AndFrenchSearchStaysFrench()
    {
        var english = await _factory.Client().GetDocumentAsync("/en/recherche?q=meeting");
        var protocols = await _factory.Client().GetDocumentAsync("/en/recherche?q=protocols");
        var french = await _factory.Client().GetDocumentAsync("/recherche?q=Koulouba");

        Assert.Equal(["/en/journal/conseil-des-ministres"], english.QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")));
        Assert.Equal("The Council of Ministers <mark>meets</mark> at Koulouba Palace", english.QuerySelector(".search-results h2 a")!.InnerHtml);
        Assert.Equal(["/en/textes/protocole-essai", "/en/journal/conseil-des-ministres"], protocols.QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/journal/conseil-des-ministres"], french.QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ATextInEnglish_GivesItsTranslatedTitleForInformationAndNamesTheAuthenticVersion()
    {
        var translated = await _factory.Client().GetDocumentAsync("/en/textes/protocole-essai");
        var untranslated = await _factory.Client().GetDocumentAsync("/en/textes/traite-essai");

        Assert.Equal("Test additional protocol on defence", translated.QuerySelector("h1")!.TextContent);
        Assert.Equal("This title and summary are a translation given for information: only the version of the text in French is authentic.", translated.QuerySelector(".translation-note")!.TextContent);
        Assert.Contains("Authentic version(s)", translated.Texts("dl.facts dt"));
        Assert.Equal("Traité d'essai", untranslated.QuerySelector("h1")!.TextContent);
        Assert.Equal("fr", untranslated.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.StartsWith("This text has no English title or summary yet.", untranslated.QuerySelector(".translation-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSitemap_ListsEachPageInEachLanguageItExistsIn_WithItsAlternates()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(await _factory.Client().GetStringAsync("/sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        System.Xml.Linq.XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = sitemap.Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Elements(xhtml + "link").Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}").ToList());

        Assert.Equal(
            ["fr http://localhost/journal/conseil-des-ministres", "en http://localhost/en/journal/conseil-des-ministres"],
            urls["http://localhost/en/journal/conseil-des-ministres"]);
        Assert.Equal(urls["http://localhost/en/journal/conseil-des-ministres"], urls["http://localhost/journal/conseil-des-ministres"]);
        Assert.Empty(urls["http://localhost/journal/ouverture-experts"]);
        Assert.False(urls.ContainsKey("http://localhost/en/journal/ouverture-experts"));
        Assert.True(urls.ContainsKey("http://localhost/en/programme/modifications"));
    }

    [Fact]
    public async Task TheSecretariat_WritesAndTakesAwayASessionsEnglishVersion()
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var id = await _factory.InStoreAsync(db => db.Sessions.Where(s => s.Slug == "commission-defense").Select(s => s.Id).SingleAsync());
        var page = $"/gestion/programme/seances/{id}";

        var written = await secretariat.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Translations[en].Title"] = "Defence and Security Committee",
            ["Input.Translations[en].Description"] = "Closed-door work.",
        });

        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        var english = (await _factory.Client().GetDocumentAsync("/en/sommets/bamako-test/programme")).QuerySelector("#session-commission-defense")!;
        Assert.Equal("Defence and Security Committee", english.QuerySelector("h4")!.TextContent);
        Assert.Contains("Closed-door work.", english.TextContent, StringComparison.Ordinal);
        Assert.Equal("Commission Défense et Sécurité", (await _factory.Client().GetDocumentAsync("/sommets/bamako-test/programme")).QuerySelector("#session-commission-defense h4")!.TextContent);

        var removed = await secretariat.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Translations[en].Title"] = string.Empty });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var back = (await _factory.Client().GetDocumentAsync("/en/sommets/bamako-test/programme")).QuerySelector("#session-commission-defense h4")!;
        Assert.Equal("fr", back.GetAttribute("lang"));
    }

    [Fact]
    public async Task ATextsEnglishTitle_IsProposedWithAnEditionAndPublicOnlyOnceAnotherPersonValidatesIt()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var id = await _factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Slug == "traite-essai").Select(t => t.Id).SingleAsync());
        var page = $"/gestion/textes/{id}";

        var proposed = await writer.SubmitAsync(page, "form[action*=ProposeEdition]", new Dictionary<string, string>
        {
            ["ChangeNote"] = "Titre et résumé en anglais.",
            ["TranslationLanguage"] = "en",
            ["TranslationTitle"] = "Test treaty",
            ["TranslationSummary"] = "A test treaty.",
        });

        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Equal("Traité d'essai", (await _factory.Client().GetDocumentAsync("/en/textes/traite-essai")).QuerySelector("h1")!.TextContent);
        var review = await secretariat.GetDocumentAsync(page);
        Assert.Contains("Test treaty", review.QuerySelector(".proposed-edition")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=ValidateFile]")).StatusCode);

        var english = await _factory.Client().GetDocumentAsync("/en/textes/traite-essai");
        Assert.Equal("Test treaty", english.QuerySelector("h1")!.TextContent);
        Assert.Null(english.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("Traité d'essai", (await _factory.Client().GetDocumentAsync("/textes/traite-essai")).QuerySelector("h1")!.TextContent);
        Assert.Contains("/en/textes/traite-essai", (await _factory.Client().GetDocumentAsync("/en/recherche?q=treaty")).QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")));
    }
}
