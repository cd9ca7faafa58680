namespace AesSummit.Web.Features.Publishing;

/// <summary>Something the public may see only once validated and due.</summary>
public interface IPublishable
{
    PublicationStatus Status { get; }

    /// <summary>When the item becomes public (UTC); null until validated.</summary>
    DateTime? PublishedAtUtc { get; }
}
