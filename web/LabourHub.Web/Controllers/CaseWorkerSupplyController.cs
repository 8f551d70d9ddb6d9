using LabourHub.Application.Reports;
using LabourHub.Application.Reports.Supply;
using LabourHub.Domain.Identifiers;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>
/// Case workers see labour needs and, for each need line, the people on their own desk who could fill it: only workers
/// assigned to them who agreed to case-worker help. They see no count of anyone else.
/// </summary>
[Authorize(Roles = Roles.CaseWorker)]
[Route("caseworker/needs")]
public sealed class CaseWorkerSupplyController(ReportCache cache, CaseWorkerSupplyHandler supply) : Controller
{
    private const string MfaSetup = "/account/mfa/setup?returnUrl=%2Fcaseworker%2Fneeds";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return LocalRedirect(MfaSetup);
        }

        var snapshot = await cache.GetAsync(cancellationToken);
        return View(snapshot.SupplyLines);
    }

    [HttpGet("{assessment:guid}/{line:int}")]
    public async Task<IActionResult> People(Guid assessment, int line, CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return LocalRedirect(MfaSetup);
        }

        var result = await supply.HandleAsync(new AssessmentId(assessment), line, User.FindFirst("sub")?.Value ?? string.Empty, cancellationToken);
        return result is null ? NotFound() : View((result.Value.Assessment, line, result.Value.People));
    }

    private bool WithoutMfa => !User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);
}
