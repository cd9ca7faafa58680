namespace AesSummit.Web.Pages.Shared;

/// <summary>The picture a shared link shows (Open Graph): absolute address, size and alternative text.</summary>
public sealed record OgImage(string Url, int Width, int Height, string Alt);
