using LabourHub.Application.Workers.MyApplications;
using LabourHub.Identity;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Api;

/// <summary>The signed-in worker's applications, for the mobile app (bearer token) and the portal (cookie).</summary>
[ApiController]
[Route("api/v1/me/applications")]
[Authorize(AuthenticationSchemes = LabourHubIdentityExtensions.PortalOrBearerScheme, Roles = Roles.Worker)]
public sealed class MyApplicationsApiController(MyApplicationsHandler applications) : ControllerBase
{
    /// <summary>Every application of the caller, newest change first, with its status (Submitted, Shortlisted, Interview, Offered, Hired, Rejected, Withdrawn).</summary>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<MyApplication>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    public async Task<IReadOnlyList<MyApplication>> List(CancellationToken cancellationToken) =>
        await applications.ListAsync(User.FindFirst("sub")?.Value ?? string.Empty, cancellationToken);
}
