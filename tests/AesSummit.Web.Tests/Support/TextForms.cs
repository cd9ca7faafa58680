using System.Net;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Support;

/// <summary>The back-office's new-text form, filled, and a text taken through it to publication.</summary>
public static class TextForms
{
    public static Dictionary<string, string> Metadata(string title, string reference = "AES/CCE/2025/D-09", string kind = "declaration") => new()
    {
        ["Input.Reference"] = reference,
        ["Input.Title"] = title,
        ["Input.Kind"] = kind,
        ["Input.AdoptingBody"] = "Collège des Chefs d'État",
        ["Input.AdoptedOn"] = "2025-12-23",
        ["Input.Language"] = "fr",
        ["Input.Summary"] = "Un texte d'essai.",
    };

    /// <summary>The public note that a published text's new edition needs.</summary>
    public static Dictionary<string, string> NewEdition => new() { ["ChangeNote"] = "Fichier remplacé." };

    /// <summary>Uploads, submits and validates a text through the real forms; returns its back-office page.</summary>
    public static async Task<string> PublishAsync(SummitAppFactory factory, HttpClient writer, HttpClient secretariat, Dictionary<string, string> metadata, byte[] pdf)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync("/gestion/textes/nouveau", "main form", metadata, ("Input.File", "texte.pdf", pdf))).StatusCode);
        var title = metadata["Input.Title"];
        var page = $"/gestion/textes/{await factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Title == title).Select(t => t.Id).SingleAsync())}";
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=Submit]")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=Validate]")).StatusCode);
        return page;
    }
}
