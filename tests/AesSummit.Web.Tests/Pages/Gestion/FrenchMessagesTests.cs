using System.Net;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using AngleSharp.Html.Dom;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>A form posted without its hidden fields (an old page, a hand-made request) is answered in French, never in ASP.NET's English.</summary>
public sealed class FrenchMessagesTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/gestion/articles/{a}", "form[action*=Submit]", "Version")]
    [InlineData("/gestion/articles/{a}", "form[action*=Submit]", "")]
    [InlineData("/gestion/articles/{a}/modifier", "main form", "Input.Version")]
    [InlineData("/gestion/articles/{a}/modifier", "main form", "")]
    public async Task Form_WithoutOrWithAnEmptyHiddenField_IsAnsweredInFrench(string pageTemplate, string formSelector, string emptied)
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var page = pageTemplate.Replace("/gestion/articles/{a}", await ArticleForms.CreateAsync(writer, "Dépêche sans version"), StringComparison.Ordinal);
        var form = (IHtmlFormElement)(await writer.GetDocumentAsync(page)).QuerySelector(formSelector)!;
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is "Version" or "Input.Version").ToList())
        {
            if (emptied.Length > 0)
            {
                hidden.SetAttribute("value", string.Empty);
            }
            else
            {
                hidden.Remove();
            }
        }

        using var response = await writer.PostFormAsync(form, page);
        var body = Html.Parse(await response.Content.ReadAsStringAsync()).Body!.TextContent;

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"{(int)response.StatusCode}");
        Assert.DoesNotContain("field is required", body, StringComparison.Ordinal);
        Assert.DoesNotContain("is invalid", body, StringComparison.Ordinal);
        Assert.DoesNotContain("The value", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Input.Version", false)]
    [InlineData("Input.Version", true)]
    [InlineData("Input.Start", true)]
    public async Task SessionForm_WithoutOrWithAnEmptyField_IsAnsweredInFrench(string field, bool empty)
    {
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var id = await _factory.InStoreAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Sessions.Where(s => s.Slug == "conseil-pleniere").Select(s => s.Id)));
        var page = $"/gestion/programme/seances/{id}";
        var form = (IHtmlFormElement)(await secretariat.GetDocumentAsync(page)).QuerySelector("main form")!;
        var input = form.QuerySelector($"[name='{field}']")!;
        if (empty)
        {
            input.SetAttribute("value", string.Empty);
        }
        else
        {
            input.Remove();
        }

        using var response = await secretariat.PostFormAsync(form, page);
        var body = Html.Parse(await response.Content.ReadAsStringAsync()).Body!.TextContent;

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"{(int)response.StatusCode}");
        Assert.DoesNotContain("field is required", body, StringComparison.Ordinal);
        Assert.DoesNotContain("is invalid", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackOfficePages_CarryNoEnglishValidationAttributes()
    {
        var staff = await _factory.SignedInAsync("tous@aes.test", SiteUrls.AllRoles);
        var pages = await SiteUrls.BackOfficeAsync(_factory, staff);

        foreach (var url in pages.Concat(["/compte/mot-de-passe", "/compte/connexion"]))
        {
            var html = await staff.GetStringAsync(url);

            Assert.False(html.Contains("data-val", StringComparison.Ordinal), $"{url} carries client validation attributes");
            Assert.False(html.Contains("field is required", StringComparison.Ordinal), $"{url} carries an English message");
        }
    }
}
