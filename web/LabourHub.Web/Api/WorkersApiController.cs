using LabourHub.Application.Workers.GetWorkerProfile;
using LabourHub.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Api;

/// <summary>A worker's profile, cut to what the caller may see. Someone else's worker answers 404, never 403.</summary>
[ApiController]
[Route("api/v1/workers")]
[Authorize(AuthenticationSchemes = LabourHubIdentityExtensions.PortalOrBearerScheme)]
public sealed partial class WorkersApiController(GetWorkerProfileHandler profiles, ILogger<WorkersApiController> logger) : ControllerBase
{
    [HttpGet("{id:guid}")]
    [ProducesResponseType<WorkerProfileView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<WorkerProfileView>> Get(Guid id, CancellationToken cancellationToken)
    {
        var caller = User.FindFirst("sub")?.Value ?? string.Empty;
        var roles = User.FindAll("role").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var (view, _) = await profiles.HandleAsync(id, caller, roles, cancellationToken);
        if (view is null)
        {
            LogDenied(logger, caller, id);
            return Problem(statusCode: StatusCodes.Status404NotFound);
        }

        return view;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {WorkerId} not shown to caller {CallerId} (no access or no such worker)")]
    private static partial void LogDenied(ILogger logger, string callerId, Guid workerId);
}
