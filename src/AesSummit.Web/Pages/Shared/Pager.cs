namespace AesSummit.Web.Pages.Shared;

/// <summary>What the shared pagination links need: where the list stands, and the address of any of its pages.</summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> UrlOf);
