namespace AesSummit.Web.Infrastructure.Caching;

/// <summary>The <c>Caching</c> configuration section.</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>Serve the public site from the output cache; off only to measure what rendering costs.</summary>
    public bool Enabled { get; set; } = true;
}
