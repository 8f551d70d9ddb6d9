namespace LabourHub.Web.Infrastructure;

/// <summary>
/// Security headers on every response, from the first page: a Content-Security-Policy with no inline script or
/// style, nosniff, a strict referrer policy and frame-ancestors 'none'. The API reference page (a third-party
/// bundle served locally) is the one place that needs inline script, and gets a policy of its own.
/// </summary>
public static class SecurityHeadersMiddlewareExtensions
{
    public const string PortalPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Sign-in, second-step and consent forms can end in a redirect to an OpenID Connect client's own address, and
    /// browsers apply form-action to the whole redirect chain: those pages leave form-action out (everything else
    /// stays as strict as the portal's policy).
    /// </summary>
    private const string SignInPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            var path = context.Request.Path;
            headers.ContentSecurityPolicy = path.StartsWithSegments("/api/reference") ? ApiReferencePolicy
                : path.StartsWithSegments("/account/login") || path.StartsWithSegments("/account/mfa") || path.StartsWithSegments("/connect") ? SignInPolicy
                : PortalPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
}
