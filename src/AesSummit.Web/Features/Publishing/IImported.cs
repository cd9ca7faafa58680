namespace AesSummit.Web.Features.Publishing;

/// <summary>An item that may come from the <c>content/</c> folder; its fingerprints tell a local edit from a new source.</summary>
public interface IImported
{
    string Slug { get; }

    /// <summary>Fingerprint of the item as the last import wrote it; null if it was never imported.</summary>
    string? ImportFingerprint { get; }

    /// <summary>Fingerprint of the item as it is now.</summary>
    string ComputeFingerprint();
}
