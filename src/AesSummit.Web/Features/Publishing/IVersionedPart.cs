namespace AesSummit.Web.Features.Publishing;

/// <summary>
/// A row that belongs to a versioned item (a text's file, an audit entry): adding, changing or removing it renews the item's
/// version, so that a form shown before the change cannot act on what it no longer shows.
/// </summary>
public interface IVersionedPart
{
    /// <summary>The owning item's entity type and id.</summary>
    (Type Type, int Id) Owner { get; }
}
