namespace AesSummit.Web.Pages.Shared;

/// <summary>The one-time confirmation a back-office action leaves for the next page (TempData, so it works without JavaScript).</summary>
public static class Flash
{
    public const string Key = "Flash";
}
