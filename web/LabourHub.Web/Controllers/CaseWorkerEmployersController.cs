using LabourHub.Application.CaseWork.EmployerDesk;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>The case worker's businesses and their verification (a verified business may publish vacancies).</summary>
[Authorize(Roles = Roles.CaseWorker)]
[Route("caseworker/employers")]
public sealed class CaseWorkerEmployersController(EmployerDeskHandler desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa))
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Fcaseworker%2Femployers");
        }

        return View(await desk.ListAsync(Caller, cancellationToken));
    }

    [HttpPost("{id:guid}/verification")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Decide(Guid id, [FromForm] bool verified, CancellationToken cancellationToken)
    {
        if (!User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa))
        {
            return Forbid();
        }

        return await desk.DecideAsync(id, verified, Caller, cancellationToken) ? LocalRedirect("/caseworker/employers?decided=1") : NotFound();
    }

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;
}
