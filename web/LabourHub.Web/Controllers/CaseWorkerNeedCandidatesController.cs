using LabourHub.Application.Matching.NeedLineCandidates;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>
/// Candidates for one need line, for a case worker: only the workers assigned to them who agreed to their help,
/// ranked by the serving ranker with reasons and eligibility badges. Nobody else appears, not even as a count.
/// </summary>
[Authorize(Roles = Roles.CaseWorker)]
[Route("caseworker/needs/{assessment:guid}/{line:int}/candidates")]
public sealed class CaseWorkerNeedCandidatesController(INeedLineCandidates candidates) : Controller
{
    public const int Top = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid assessment, int line, CancellationToken cancellationToken)
    {
        if (!User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa))
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Fcaseworker%2Fneeds");
        }

        var people = await candidates.PeopleAsync(assessment, line, User.FindFirst("sub")?.Value ?? string.Empty, Top, cancellationToken);
        return people is null ? NotFound() : View(people);
    }
}
