using System.Security.Claims;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using OpenIddict.Abstractions;

namespace LabourHub.Web.Api;

/// <summary>
/// Who may read reports over the API: a bearer token carrying the reports.read scope, or a signed-in ministry analyst
/// or administrator with MFA (the portal's own pages use the same figures). A token without the scope gets 403.
/// </summary>
public static class ReportsReadPolicy
{
    public const string Name = "reports.read";

    public static bool Allows(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.HasScope(IdentityScopes.ReportsRead))
        {
            return true;
        }

        return (user.IsInRole(Roles.MinistryAnalyst) || user.IsInRole(Roles.Admin)) && user.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);
    }
}
