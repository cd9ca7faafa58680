using AesSummit.Web.Features.Programme;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AesSummit.Web.Pages.Gestion.Articles;

/// <summary>What the article fields partial needs: the form, the summits to choose from, errors and the preview.</summary>
public sealed record ArticleFormView(ArticleForm Form, IReadOnlyList<Summit> Summits, ModelStateDictionary ModelState, string? PreviewHtml)
{
    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
