namespace AesSummit.Web.Pages.Gestion.Articles;

/// <summary>The fields of an image's description as a form shows them; <see cref="Prefix"/> keeps each form's ids apart.</summary>
public sealed record ImageFieldsView(string Prefix, string? AltText, bool IsDecorative, string? Caption, string? Credit, bool IsLead);
