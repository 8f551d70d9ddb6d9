using LabourHub.Application.Matching.JobsForWorker;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>"Jobs for you": ranked with reasons in the worker's language, and what the law says about each.</summary>
[Authorize(Roles = Roles.Worker)]
public sealed class WorkerJobsController(IJobsForWorker jobs) : Controller
{
    public const int Shown = 20;

    [HttpGet("/worker/jobs")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await jobs.RankAsync(User.FindFirst("sub")?.Value ?? string.Empty, Shown, cancellationToken));
}
