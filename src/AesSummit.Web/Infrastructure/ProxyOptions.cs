using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Infrastructure;

/// <summary>
/// The <c>ForwardedHeaders</c> configuration section: which reverse proxies may tell the portal the visitor's address and
/// scheme (<c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c>). Loopback when none is listed; anyone else's headers are ignored.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of the trusted proxies, such as <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies, written <c>10.0.0.0/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownNetworks: '{network}' is not a network written address/prefix.", [nameof(KnownNetworks)]);
        }
    }

    /// <summary>Applies the trusted proxies (loopback when none is configured) to ASP.NET Core's forwarded-headers options.</summary>
    public sealed class Apply(IOptions<ProxyOptions> proxies) : IConfigureOptions<ForwardedHeadersOptions>
    {
        public void Configure(ForwardedHeadersOptions options)
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            var configured = proxies.Value;
            if (configured.KnownProxies.Count == 0 && configured.KnownNetworks.Count == 0)
            {
                // ASP.NET Core's own default: a proxy on the same machine.
                return;
            }

            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in configured.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configured.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        }
    }
}

/// <summary>The <c>Https</c> configuration section, for deployments where Kestrel itself terminates TLS.</summary>
public sealed class HttpsOptions
{
    public const string Section = "Https";

    /// <summary>Redirect every plain-HTTP request to HTTPS. Off by default: behind a TLS proxy the proxy does it.</summary>
    public bool Redirect { get; set; }

    /// <summary>The HTTPS port to redirect to, when it cannot be read from the server's addresses.</summary>
    [Range(1, 65535)]
    public int? Port { get; set; }
}
