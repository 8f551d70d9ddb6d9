using LabourHub.Application.CaseWork.AbuseReports;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>The case workers' queue of reported threads; a reported thread can be read from its report, and only there.</summary>
[Authorize(Roles = Roles.CaseWorker)]
[Route("caseworker/reports")]
public sealed class CaseWorkerReportsController(AbuseReportsHandler reports, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] int page, CancellationToken cancellationToken) =>
        WithoutMfa ? LocalRedirect("/account/mfa/setup?returnUrl=%2Fcaseworker%2Freports") : View(await reports.ListAsync(page, cancellationToken));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Fcaseworker%2Freports");
        }

        var report = await reports.GetAsync(id, cancellationToken);
        return report is null ? NotFound() : View(report);
    }

    [HttpPost("{id:guid}/handled")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Handled(Guid id, [FromForm] string? note, CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return Forbid();
        }

        var problem = await reports.MarkHandledAsync(id, User.FindFirst("sub")?.Value ?? string.Empty, note, cancellationToken);
        if (problem is null)
        {
            return LocalRedirect($"/caseworker/reports/{id}?handled=1");
        }

        if (problem == "report.not_found")
        {
            return NotFound();
        }

        ModelState.AddModelError("note", localizer["DomainError." + problem]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Detail", (await reports.GetAsync(id, cancellationToken))!);
    }

    private bool WithoutMfa => !User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);
}
