using LabourHub.Application.Employers.GetEmployerCase;
using LabourHub.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Api;

/// <summary>A business's case file for its own people and its assigned case worker. Anyone else gets 404.</summary>
[ApiController]
[Route("api/v1/employers")]
[Authorize(AuthenticationSchemes = LabourHubIdentityExtensions.PortalOrBearerScheme)]
public sealed partial class EmployersApiController(GetEmployerCaseHandler cases, ILogger<EmployersApiController> logger) : ControllerBase
{
    [HttpGet("{id:guid}")]
    [ProducesResponseType<EmployerCaseView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<EmployerCaseView>> Get(Guid id, CancellationToken cancellationToken)
    {
        var caller = User.FindFirst("sub")?.Value ?? string.Empty;
        var roles = User.FindAll("role").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var view = await cases.HandleAsync(id, caller, roles, cancellationToken);
        if (view is null)
        {
            LogDenied(logger, caller, id);
            return Problem(statusCode: StatusCodes.Status404NotFound);
        }

        return view;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Employer {EmployerId} not shown to caller {CallerId} (no access or no such employer)")]
    private static partial void LogDenied(ILogger logger, string callerId, Guid employerId);
}
