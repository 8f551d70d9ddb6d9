using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LabourHub.Identity.Api;

/// <summary>Who is calling: a signed-in person (cookie) or a client with a bearer token.</summary>
[ApiController]
[Route("api/v1/me")]
[Authorize(AuthenticationSchemes = LabourHubIdentityExtensions.PortalOrBearerScheme)]
public sealed class MeController : ControllerBase
{
    /// <summary>The caller's id, kind (user or client), roles, scopes and whether the session used MFA. 401 without valid credentials.</summary>
    [HttpGet]
    [ProducesResponseType<MeResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public ActionResult<MeResponse> Get()
    {
        var subject = User.GetClaim(Claims.Subject) ?? string.Empty;
        var roles = User.GetClaims(Claims.Role).Where(Roles.All.Contains).Order(StringComparer.Ordinal).ToList();
        var scopes = User.GetScopes().Order(StringComparer.Ordinal).ToList();
        var kind = User.GetClaim(Server.AuthorizationController.KindClaim) ?? "user";
        return new MeResponse(subject, kind, roles, scopes, User.HasClaim(Accounts.MfaPolicy.AmrClaim, Accounts.MfaPolicy.AmrMfa));
    }
}
