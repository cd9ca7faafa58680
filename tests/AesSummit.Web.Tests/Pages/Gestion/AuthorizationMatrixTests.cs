using System.Net;
using System.Reflection;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>
/// Walks every back-office page and handler: an anonymous visitor is sent to sign in, and each role
/// gets 403 wherever it has no right. The server decides, whatever the pages show.
/// </summary>
public sealed class AuthorizationMatrixTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>Every back-office request: method, URL template ({a} article, {o} a published original without an English version, {t} text, {f} its file's SHA-256, {s} session), handler.</summary>
    internal static readonly (string Method, string Url, string? Handler)[] Requests =
    [
        ("GET", "/gestion", null),
        ("GET", "/gestion/articles", null),
        ("GET", "/gestion/articles/nouveau", null),
        ("POST", "/gestion/articles/nouveau", null),
        ("POST", "/gestion/articles/nouveau", "Preview"),
        ("GET", "/gestion/articles/{a}", null),
        ("POST", "/gestion/articles/{a}", "Submit"),
        ("POST", "/gestion/articles/{a}", "Validate"),
        ("POST", "/gestion/articles/{a}", "SendBack"),
        ("POST", "/gestion/articles/{a}", "Withdraw"),
        ("POST", "/gestion/articles/{a}", "Unschedule"),
        ("POST", "/gestion/articles/{a}", "Delete"),
        ("POST", "/gestion/articles/{a}", "StartEdition"),
        ("POST", "/gestion/articles/{a}", "SubmitEdition"),
        ("POST", "/gestion/articles/{a}", "ValidateEdition"),
        ("POST", "/gestion/articles/{a}", "SendBackEdition"),
        ("GET", "/gestion/articles/{e}/correction", null),
        ("POST", "/gestion/articles/{e}/correction", null),
        ("GET", "/gestion/articles/{a}/modifier", null),
        ("GET", "/gestion/articles/{o}/traduction/en", null),
        ("POST", "/gestion/articles/{o}/traduction/en", null),
        ("GET", "/gestion/articles/{a}/versions/{r}", null),
        ("POST", "/gestion/articles/{a}/modifier", null),
        ("POST", "/gestion/articles/{a}/modifier", "Preview"),
        ("GET", "/gestion/textes", null),
        ("GET", "/gestion/textes/nouveau", null),
        ("POST", "/gestion/textes/nouveau", null),
        ("GET", "/gestion/textes/{t}", null),
        ("POST", "/gestion/textes/{t}", "Submit"),
        ("POST", "/gestion/textes/{t}", "Validate"),
        ("POST", "/gestion/textes/{t}", "SendBack"),
        ("POST", "/gestion/textes/{t}", "Withdraw"),
        ("POST", "/gestion/textes/{t}", "Unschedule"),
        ("POST", "/gestion/textes/{t}", "Delete"),
        ("POST", "/gestion/textes/{t}", "ProposeEdition"),
        ("POST", "/gestion/textes/{t}", "ValidateFile"),
        ("POST", "/gestion/textes/{t}", "DeclineFile"),
        ("GET", "/gestion/textes/{t}/modifier", null),
        ("GET", "/gestion/textes/{t}/fichiers/{f}", null),
        ("GET", "/gestion/medias/{m}", null),
        ("POST", "/gestion/articles/{a}", "AddImage"),
        ("POST", "/gestion/articles/{a}", "DescribeImage"),
        ("POST", "/gestion/articles/{a}", "RemoveImage"),
        ("POST", "/gestion/textes/{t}/modifier", null),
        ("GET", "/gestion/programme", null),
        ("GET", "/gestion/programme/seances/{s}", null),
        ("GET", "/gestion/programme/seances/nouvelle?sommet=bamako-test", null),
        ("POST", "/gestion/programme/seances/nouvelle?sommet=bamako-test", null),
        ("POST", "/gestion/programme/seances/{s}", null),
        ("POST", "/gestion/programme/seances/{s}", "Cancel"),
        ("GET", "/gestion/comptes", null),
        ("POST", "/gestion/comptes", "Create"),
        ("POST", "/gestion/comptes", "Disable"),
        ("POST", "/gestion/comptes", "Enable"),
        ("POST", "/gestion/comptes", "Roles"),
        ("GET", "/compte/mot-de-passe", null),
        ("POST", "/compte/mot-de-passe", null),
    ];

    /// <summary>What each role may not do: everything else it may at least reach.</summary>
    private static readonly Dictionary<string, HashSet<string>> Forbidden = new()
    {
        [Roles.Writer] =
        [
            "POST /gestion/articles/{a} AddImage", "POST /gestion/articles/{a} DescribeImage", "POST /gestion/articles/{a} RemoveImage",
            "POST /gestion/articles/{a} Validate", "POST /gestion/articles/{a} SendBack", "POST /gestion/articles/{a} Withdraw", "POST /gestion/articles/{a} Unschedule",
            "POST /gestion/articles/{a} Submit", "GET /gestion/articles/{a}/modifier", "POST /gestion/articles/{a}/modifier", "POST /gestion/articles/{a}/modifier Preview",
            "GET /gestion/articles/{e}/correction", "POST /gestion/articles/{e}/correction",
            "POST /gestion/textes/{t} Validate", "POST /gestion/textes/{t} SendBack", "POST /gestion/textes/{t} Withdraw", "POST /gestion/textes/{t} Unschedule",
            "POST /gestion/textes/{t} Submit", "POST /gestion/textes/{t} ValidateFile", "POST /gestion/textes/{t} DeclineFile",
            "GET /gestion/textes/{t}/modifier", "POST /gestion/textes/{t}/modifier",
            "GET /gestion/programme/seances/{s}", "POST /gestion/programme/seances/{s}", "POST /gestion/programme/seances/{s} Cancel",
            "GET /gestion/programme/seances/nouvelle?sommet=bamako-test", "POST /gestion/programme/seances/nouvelle?sommet=bamako-test",
            "GET /gestion/comptes", "POST /gestion/comptes Create", "POST /gestion/comptes Disable", "POST /gestion/comptes Enable", "POST /gestion/comptes Roles",
        ],
        [Roles.PermanentSecretariat] =
        [
            "POST /gestion/articles/{a} AddImage", "POST /gestion/articles/{a} DescribeImage", "POST /gestion/articles/{a} RemoveImage",
            "GET /gestion/articles/nouveau", "GET /gestion/articles/{o}/traduction/en", "POST /gestion/articles/{o}/traduction/en", "POST /gestion/articles/nouveau", "POST /gestion/articles/nouveau Preview",
            "POST /gestion/articles/{a} Submit", "GET /gestion/articles/{a}/modifier", "POST /gestion/articles/{a}/modifier", "POST /gestion/articles/{a}/modifier Preview",
            "POST /gestion/articles/{a} Delete", "POST /gestion/textes/{t} Delete",
            "POST /gestion/articles/{a} StartEdition", "GET /gestion/articles/{e}/correction", "POST /gestion/articles/{e}/correction",
            "GET /gestion/textes/nouveau", "POST /gestion/textes/nouveau", "POST /gestion/textes/{t} Submit", "POST /gestion/textes/{t} ProposeEdition",
            "GET /gestion/textes/{t}/modifier", "POST /gestion/textes/{t}/modifier",
            "GET /gestion/comptes", "POST /gestion/comptes Create", "POST /gestion/comptes Disable", "POST /gestion/comptes Enable", "POST /gestion/comptes Roles",
        ],
        [Roles.Administrator] =
        [
            "POST /gestion/articles/{a} AddImage", "POST /gestion/articles/{a} DescribeImage", "POST /gestion/articles/{a} RemoveImage",
            "GET /gestion/articles/nouveau", "GET /gestion/articles/{o}/traduction/en", "POST /gestion/articles/{o}/traduction/en", "POST /gestion/articles/nouveau", "POST /gestion/articles/nouveau Preview",
            "POST /gestion/articles/{a} Submit", "POST /gestion/articles/{a} Validate", "POST /gestion/articles/{a} SendBack", "POST /gestion/articles/{a} Withdraw",
            "POST /gestion/articles/{a} Unschedule", "POST /gestion/articles/{a} Delete", "POST /gestion/textes/{t} Delete", "GET /gestion/articles/{a}/modifier",
            "POST /gestion/articles/{a} StartEdition", "GET /gestion/articles/{e}/correction", "POST /gestion/articles/{e}/correction", "POST /gestion/articles/{a}/modifier", "POST /gestion/articles/{a}/modifier Preview",
            "GET /gestion/textes/nouveau", "POST /gestion/textes/nouveau",
            "POST /gestion/textes/{t} Submit", "POST /gestion/textes/{t} Validate", "POST /gestion/textes/{t} SendBack", "POST /gestion/textes/{t} Withdraw",
            "POST /gestion/textes/{t} Unschedule", "POST /gestion/textes/{t} ProposeEdition", "POST /gestion/textes/{t} ValidateFile", "POST /gestion/textes/{t} DeclineFile",
            "GET /gestion/textes/{t}/modifier", "POST /gestion/textes/{t}/modifier",
            "GET /gestion/programme/seances/{s}", "POST /gestion/programme/seances/{s}", "POST /gestion/programme/seances/{s} Cancel",
            "GET /gestion/programme/seances/nouvelle?sommet=bamako-test", "POST /gestion/programme/seances/nouvelle?sommet=bamako-test",
        ],
    };

    private static string Key((string Method, string Url, string? Handler) r) => $"{r.Method} {r.Url}{(r.Handler is null ? "" : " " + r.Handler)}";

    internal static string Resolve(string url, BackOfficeItems items, string? handler) =>
        url.Replace("{a}", items.ArticleId.ToString(), StringComparison.Ordinal)
            .Replace("{t}", items.TextId.ToString(), StringComparison.Ordinal)
            .Replace("{o}", items.OriginalArticleId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{s}", items.SessionId.ToString(), StringComparison.Ordinal)
            .Replace("{f}", items.TextFileSha256, StringComparison.Ordinal)
            .Replace("{m}", items.ImageFile, StringComparison.Ordinal)
            .Replace("{e}", items.CorrectedArticleId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{r}", items.ArticleRevisionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        + (handler is null ? "" : $"{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}");

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string? token)
    {
        if (method == "GET")
        {
            return await client.GetAsync(url);
        }

        var fields = new Dictionary<string, string> { ["Reason"] = "Motif de test", ["email"] = "personne@aes.test" };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public void Requests_CoverEveryBackOfficePageAndHandler()
    {
        var pageModels = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract && t.Namespace!.StartsWith("AesSummit.Web.Pages.Gestion", StringComparison.Ordinal));
        var handlers = pageModels
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Select(m => m.Name)
            .Where(n => n.StartsWith("OnPost", StringComparison.Ordinal))
            .Select(n => n["OnPost".Length..].Replace("Async", "", StringComparison.Ordinal))
            .Where(n => n.Length > 0)
            .ToHashSet();
        var routes = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/gestion", StringComparison.Ordinal))
            .Select(r => r.Replace("{id:int}", "{x}", StringComparison.Ordinal))
            .ToHashSet();
        var covered = Requests.Select(r => r.Url.Split('?')[0].Replace("{a}", "{x}", StringComparison.Ordinal).Replace("{o}", "{x}", StringComparison.Ordinal).Replace("/traduction/en", "/traduction/{language}", StringComparison.Ordinal).Replace("{e}", "{x}", StringComparison.Ordinal).Replace("{t}", "{x}", StringComparison.Ordinal).Replace("{s}", "{x}", StringComparison.Ordinal).Replace("{f}", "{sha256}", StringComparison.Ordinal).Replace("{r}", "{revision:long}", StringComparison.Ordinal).Replace("{m}", "{sha256:length(64)}.{extension}", StringComparison.Ordinal)).ToHashSet();

        Assert.Empty(routes.Except(covered));
        Assert.Empty(handlers.Except(Requests.Select(r => r.Handler).OfType<string>()));
    }

    [Fact]
    public async Task Anonymous_IsSentToSignInEverywhere()
    {
        var items = await BackOfficeItems.ArrangeAsync(_factory);
        var client = _factory.Client();

        foreach (var request in Requests)
        {
            using var response = await SendAsync(client, request.Method, Resolve(request.Url, items, request.Handler), token: null);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{Key(request)} answered {(int)response.StatusCode}");
            Assert.StartsWith("http://localhost/compte/connexion", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Roles.Writer)]
    [InlineData(Roles.PermanentSecretariat)]
    [InlineData(Roles.Administrator)]
    public async Task EachRole_Gets403WhereItHasNoRight(string role)
    {
        var items = await BackOfficeItems.ArrangeAsync(_factory);
        var client = await _factory.SignedInAsync($"{role.ToLowerInvariant()}@aes.test", role);
        var token = (await client.GetDocumentAsync("/gestion")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");

        foreach (var request in Requests)
        {
            using var response = await SendAsync(client, request.Method, Resolve(request.Url, items, request.Handler), token);
            var forbidden = Forbidden[role].Contains(Key(request));

            if (forbidden)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role}: {Key(request)} answered {(int)response.StatusCode}, expected 403");
            }
            else
            {
                Assert.True(response.StatusCode != HttpStatusCode.Forbidden && (int)response.StatusCode < 500, $"{role}: {Key(request)} answered {(int)response.StatusCode}");
                if (request.Method == "GET")
                {
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role}: {Key(request)} answered {(int)response.StatusCode}");
                }
            }
        }
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var items = await BackOfficeItems.ArrangeAsync(_factory);
        var client = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);

        using var response = await SendAsync(client, "POST", Resolve("/gestion/articles/{a}", items, "Validate"), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await _factory.InStoreAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Articles, a => a.Slug == "soumis" && a.Status == AesSummit.Web.Features.Publishing.PublicationStatus.Published)));
    }
}
