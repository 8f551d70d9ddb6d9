using LabourHub.Application.Matching.NeedLineCandidates;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>
/// Candidates for one line of a labour-needs assessment, for analysts: counts only (eligible now, later, not
/// eligible, well matched), each suppressed under ten. No person is ever named or linked.
/// </summary>
[Authorize(Roles = Roles.MinistryAnalyst + "," + Roles.Admin)]
[Route("reports/assessments/{id:guid}/lines/{line:int}/candidates")]
public sealed class NeedLineCountsController(INeedLineCandidates candidates) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, int line, CancellationToken cancellationToken)
    {
        if (!User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa))
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Freports%2Fassessments");
        }

        var counts = await candidates.CountsAsync(id, line, cancellationToken);
        return counts is null ? NotFound() : View(counts);
    }
}
