using System.Net;

namespace AesSummit.Web.Tests.Support;

/// <summary>The back-office's new-article form, filled, and an article taken through it to submission.</summary>
public static class ArticleForms
{
    public static Dictionary<string, string> Fields(string title, string body = "Corps.", string pillar = "diplomatie") => new()
    {
        ["Input.Title"] = title,
        ["Input.Summary"] = "Résumé.",
        ["Input.Body"] = body,
        ["Input.Pillars"] = pillar,
    };

    /// <summary>The path a redirect leads to, whether its Location is absolute or not.</summary>
    public static string PathOf(HttpResponseMessage redirect) =>
        new Uri(new Uri("http://localhost"), redirect.Headers.Location!).AbsolutePath;

    /// <summary>Writes a draft through the real form; returns its back-office page.</summary>
    public static async Task<string> CreateAsync(HttpClient writer, string title, string body = "Corps.", string pillar = "diplomatie")
    {
        using var created = await writer.SubmitAsync("/gestion/articles/nouveau", "main form", Fields(title, body, pillar));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return PathOf(created);
    }

    /// <summary>Writes a draft and submits it to the Secretariat; returns its back-office page.</summary>
    public static async Task<string> SubmittedAsync(HttpClient writer, string title)
    {
        var page = await CreateAsync(writer, title);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=Submit]")).StatusCode);
        return page;
    }
}
