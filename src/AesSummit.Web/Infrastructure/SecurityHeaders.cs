using Microsoft.Net.Http.Headers;

namespace AesSummit.Web.Infrastructure;

/// <summary>The headers every answer carries: a strict Content-Security-Policy (no inline script or style anywhere), no framing, no sniffing.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only the portal's own files. The JSON-LD blocks are data (<c>application/ld+json</c>), which browsers never run,
    /// so they need no exception.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "media-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>Set in a request's items, its answer's policy adds <c>sandbox</c> (a file opened inline that nothing should run from).</summary>
    public const string SandboxKey = "SecurityHeaders.Sandbox";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var policy = context.Request.IsHttps ? ContentSecurityPolicy + "; upgrade-insecure-requests" : ContentSecurityPolicy;
                headers[HeaderNames.ContentSecurityPolicy] = context.Items.ContainsKey(SandboxKey) ? policy + "; sandbox" : policy;
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                headers[HeaderNames.XFrameOptions] = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
