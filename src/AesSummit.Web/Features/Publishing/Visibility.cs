namespace AesSummit.Web.Features.Publishing;

/// <summary>The one rule for what visitors may see: published, and its publication time has come.</summary>
public static class Visibility
{
    public static IQueryable<T> VisibleAt<T>(this IQueryable<T> items, DateTime nowUtc)
        where T : class, IPublishable =>
        items.Where(i => i.Status == PublicationStatus.Published && i.PublishedAtUtc <= nowUtc);

    /// <summary>What a public URL answers for: visible items, and withdrawn ones, which show their notice instead.</summary>
    public static IQueryable<T> ReachableAt<T>(this IQueryable<T> items, DateTime nowUtc)
        where T : class, IPublishable =>
        items.Where(i => (i.Status == PublicationStatus.Published && i.PublishedAtUtc <= nowUtc) || i.Status == PublicationStatus.Withdrawn);

    public static bool IsVisibleAt(this IPublishable item, DateTime nowUtc) =>
        item.Status == PublicationStatus.Published && item.PublishedAtUtc <= nowUtc;
}
