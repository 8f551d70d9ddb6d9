using System.Security.Claims;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LabourHub.Identity.Server;

/// <summary>
/// The OpenID Connect endpoints OpenIddict passes through: authorize (a signed-in person, first-party clients with
/// implicit consent), token (authorization code with PKCE, refresh with rotation, client credentials for ministry
/// systems), end session and userinfo.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class AuthorizationController(
    IOpenIddictApplicationManager applications,
    IOpenIddictAuthorizationManager authorizations,
    SignInManager<LabourHubUser> signIn,
    UserManager<LabourHubUser> users) : Controller
{
    /// <summary>Marks tokens issued to a client acting for itself (client credentials), not for a person.</summary>
    public const string KindClaim = "lh_kind";

    [HttpGet("~/connect/authorize")]
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Authorize() => await AuthorizeAsync(decision: null);

    /// <summary>The consent screen's answer (a form post by the signed-in person, antiforgery checked).</summary>
    [HttpPost("~/connect/authorize")]
    [Authorize]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Decide([FromForm(Name = "decision")] string? decision) => await AuthorizeAsync(decision ?? "deny");

    private async Task<IActionResult> AuthorizeAsync(string? decision)
    {
        var request = HttpContext.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded || cookie.Principal is null)
        {
            IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> parameters = Request.HasFormContentType ? Request.Form : Request.Query;
            return Challenge(
                new AuthenticationProperties { RedirectUri = Request.PathBase + Request.Path + Microsoft.AspNetCore.Http.QueryString.Create(parameters) },
                IdentityConstants.ApplicationScheme);
        }

        var user = await users.GetUserAsync(cookie.Principal) ?? throw new InvalidOperationException("Signed in without an account.");
        var application = await applications.FindByClientIdAsync(request.ClientId!) ?? throw new InvalidOperationException("Unknown client.");
        var applicationId = await applications.GetIdAsync(application);
        var scopes = request.GetScopes();
        if (await applications.GetConsentTypeAsync(application) == ConsentTypes.Implicit)
        {
            return SignIn(await PrincipalFor(user, scopes), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        // Third-party clients: the person decides once per client and scope set; the decision is kept as a permanent
        // authorization, and revoking it (or the account) stops the client at once.
        var existing = await ToListAsync(authorizations.FindAsync(user.Id, applicationId!, Statuses.Valid, AuthorizationTypes.Permanent, scopes));
        if (existing.Count == 0 && decision is null)
        {
            return View("Consent", new ConsentModel(await applications.GetLocalizedDisplayNameAsync(application) ?? request.ClientId!, scopes,
                Request.Query.Where(p => p.Key != "decision").Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString())).ToList()));
        }

        if (existing.Count == 0 && decision != "accept")
        {
            return Forbid(Properties(Errors.AccessDenied, "The person did not allow this application."), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        var principal = await PrincipalFor(user, scopes);
        var authorization = existing.Count > 0
            ? existing[0]
            : await authorizations.CreateAsync(principal, user.Id, applicationId!, AuthorizationTypes.Permanent, principal.GetScopes());
        principal.SetAuthorizationId(await authorizations.GetIdAsync(authorization));
        return SignIn(principal, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<List<object>> ToListAsync(IAsyncEnumerable<object> source)
    {
        var list = new List<object>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }

    [HttpPost("~/connect/token")]
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    [Produces("application/json")]
    public async Task<IActionResult> Exchange()
    {
        var request = HttpContext.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!) ?? throw new InvalidOperationException("Unknown client.");
            var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, await applications.GetClientIdAsync(application));
            identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application));
            identity.SetClaim(KindClaim, "client");
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            return SignIn(new ClaimsPrincipal(identity), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = result.Principal?.GetClaim(Claims.Subject) is { } id ? await users.FindByIdAsync(id) : null;
            if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
            {
                return Forbid(Properties(Errors.InvalidGrant, "The account can no longer sign in."), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }

            return SignIn(await PrincipalFor(user, result.Principal!.GetScopes()), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return BadRequest();
    }

    [HttpGet("~/connect/logout")]
    [HttpPost("~/connect/logout")]
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> EndSession()
    {
        await signIn.SignOutAsync();
        return SignOut(new AuthenticationProperties { RedirectUri = "/" }, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    [HttpGet("~/connect/userinfo")]
    [HttpPost("~/connect/userinfo")]
    [Authorize(AuthenticationSchemes = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> UserInfo()
    {
        var user = User.GetClaim(Claims.Subject) is { } id ? await users.FindByIdAsync(id) : null;
        if (user is null)
        {
            return Challenge(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Ok(new Dictionary<string, object?>
        {
            [Claims.Subject] = user.Id,
            [Claims.Name] = user.UserName,
            [Claims.Role] = await users.GetRolesAsync(user),
            [Claims.Locale] = user.PreferredCulture,
        });
    }

    private async Task<ClaimsPrincipal> PrincipalFor(LabourHubUser user, IEnumerable<string> scopes)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.SetClaim(Claims.Subject, user.Id);
        identity.SetClaim(Claims.Name, user.UserName);
        identity.SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        identity.SetScopes(scopes);
        // Only the id, name and roles travel in tokens: no phone numbers, e-mail addresses or profile data.
        identity.SetDestinations(claim => claim.Type is Claims.Subject or Claims.Name or Claims.Role
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : []);
        return principal;
    }

    private static AuthenticationProperties Properties(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}
