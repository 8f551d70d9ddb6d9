using LabourHub.Application.Protection.Reports;
using LabourHub.Domain.Messaging;
using LabourHub.Domain.Protection;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>"Report a problem" about a vacancy, a business or a placement: to the case workers only, never to the business.</summary>
[Authorize]
[Route("report")]
public sealed class ReportProblemController(ReportProblemHandler reports, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("{subject}/{id:guid}")]
    public IActionResult Form(string subject, Guid id) =>
        Parse(subject) is { } kind ? View("Form", new ReportProblemViewModel(kind, id, null, null, HttpContext.Request.Query.ContainsKey("sent"))) : NotFound();

    [HttpPost("{subject}/{id:guid}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Send(string subject, Guid id, [FromForm] string? reason, [FromForm] string? comment, CancellationToken cancellationToken)
    {
        if (Parse(subject) is not { } kind)
        {
            return NotFound();
        }

        var problem = await reports.ReportAsync(kind, id, User.FindFirst("sub")?.Value ?? string.Empty, reason, comment, cancellationToken);
        if (problem is null)
        {
            return LocalRedirect($"/report/{subject}/{id}?sent=1");
        }

        if (problem == "report.not_found")
        {
            return NotFound();
        }

        ModelState.AddModelError(problem == "report.reason" ? "reason" : "comment", localizer["DomainError." + problem]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Form", new ReportProblemViewModel(kind, id, reason, comment, false));
    }

    private static ReportSubject? Parse(string subject) => subject switch
    {
        "vacancy" => ReportSubject.Vacancy,
        "employer" => ReportSubject.Employer,
        "placement" => ReportSubject.Placement,
        _ => null,
    };
}
