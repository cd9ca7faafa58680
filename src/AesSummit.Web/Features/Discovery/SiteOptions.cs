using System.ComponentModel.DataAnnotations;

namespace AesSummit.Web.Features.Discovery;

/// <summary>The <c>Site</c> configuration section: how the portal is reached from outside.</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string Section = "Site";

    /// <summary>
    /// The public address, such as <c>https://sommets.example.org</c>, used in canonical links, feeds, calendars and the sitemap.
    /// Required outside Development (and the tests), where an empty value means the address of each request.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>
    /// The Secretariat's public e-mail address, named as the organizer of the calendars' events (<c>mailto:</c>); without it,
    /// the organizer is the Confederation's page on the portal.
    /// </summary>
    [EmailAddress]
    public string? ContactEmail { get; set; }

    /// <summary>
    /// The most URLs one sitemap file lists; past it, <c>/sitemap.xml</c> is an index of parts. The protocol allows 50 000;
    /// 500 keeps each file quick to make (about 2 ms) however many years of content the store holds.
    /// </summary>
    [Range(1, 50_000)]
    public int SitemapMaxUrls { get; set; } = 500;

    /// <summary>Development and the tests may answer on whatever host they are asked on; a real deployment may not.</summary>
    public static bool MayGoWithoutPublicUrl(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(PublicUrl)
            && (!Uri.TryCreate(PublicUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.PathAndQuery != "/"))
        {
            yield return new ValidationResult("Site:PublicUrl must be an absolute http(s) address without a path, such as https://sommets.example.org.", [nameof(PublicUrl)]);
        }
    }
}
