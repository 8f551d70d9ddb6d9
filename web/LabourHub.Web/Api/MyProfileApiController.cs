using LabourHub.Application.Workers.GetWorkerProfile;
using LabourHub.Identity;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Api;

/// <summary>The signed-in worker's own work profile, whole, for the mobile app (bearer token) and the portal (cookie).</summary>
[ApiController]
[Route("api/v1/me/profile")]
[Authorize(AuthenticationSchemes = LabourHubIdentityExtensions.PortalOrBearerScheme, Roles = Roles.Worker)]
public sealed class MyProfileApiController(GetWorkerProfileHandler profiles) : ControllerBase
{
    /// <summary>The caller's profile; 404 when the account has no work profile yet.</summary>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<WorkerProfileView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<WorkerProfileView>> Get(CancellationToken cancellationToken)
    {
        var view = await profiles.MineAsync(User.FindFirst("sub")?.Value ?? string.Empty, cancellationToken);
        return view is null ? Problem(statusCode: StatusCodes.Status404NotFound) : view;
    }
}
