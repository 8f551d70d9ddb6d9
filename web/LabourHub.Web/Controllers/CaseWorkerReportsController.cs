using LabourHub.Application.CaseWork.AbuseReports;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>The case workers' queue of reported threads; a reported thread can be read from its report, and only there.</summary>
[Authorize(Roles = Roles.CaseWorker)]
[Route("caseworker/reports")]
public sealed class CaseWorkerReportsController(AbuseReportsHandler reports, LabourHub.Application.Protection.Reports.ReportProblemHandler problems, IStringLocalizer<SharedResource> localizer) : Controller
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

    /// <summary>Opens (or finds) the case of a placement, for the ILO checklist.</summary>
    [HttpPost("placement/{placementId:guid}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> OpenPlacementCase(Guid placementId, CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return Forbid();
        }

        var id = await problems.OpenPlacementCaseAsync(placementId, Caller, cancellationToken);
        return id is null ? NotFound() : LocalRedirect($"/caseworker/reports/{id}");
    }

    [HttpPost("{id:guid}/note")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Note(Guid id, [FromForm] string? note, CancellationToken cancellationToken) =>
        ActAsync(id, "note", () => reports.AddNoteAsync(id, Caller, note, cancellationToken), cancellationToken);

    [HttpPost("{id:guid}/indicators")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Indicators(Guid id, [FromForm] List<string> indicators, CancellationToken cancellationToken) =>
        ActAsync(id, "indicators", () => reports.RecordIndicatorsAsync(id, Caller, indicators ?? [], cancellationToken), cancellationToken);

    [HttpPost("{id:guid}/approve")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Approve(Guid id, [FromForm] string? note, CancellationToken cancellationToken) =>
        ActAsync(id, "note", () => reports.ApproveVacancyAsync(id, Caller, note, cancellationToken), cancellationToken);

    [HttpPost("{id:guid}/return")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Return(Guid id, [FromForm] string? note, CancellationToken cancellationToken) =>
        ActAsync(id, "note", () => reports.ReturnVacancyAsync(id, Caller, note, cancellationToken), cancellationToken);

    [HttpPost("{id:guid}/resume")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Resume(Guid id, [FromForm] string? note, CancellationToken cancellationToken) =>
        ActAsync(id, "note", () => reports.ResumeVacanciesAsync(id, Caller, note, cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(Guid id, string field, Func<Task<string?>> act, CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return Forbid();
        }

        var problem = await act();
        if (problem is null)
        {
            return LocalRedirect($"/caseworker/reports/{id}?saved=1");
        }

        if (problem == "report.not_found")
        {
            return NotFound();
        }

        ModelState.AddModelError(field, localizer["DomainError." + problem]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Detail", (await reports.GetAsync(id, cancellationToken))!);
    }

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;

    private bool WithoutMfa => !User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);
}
