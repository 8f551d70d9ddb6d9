using LabourHub.Application.Matching.JobsForWorker;
using LabourHub.Application.Matching.ReviewRequests;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>"Jobs for you": ranked with reasons in the worker's language, and what the law says about each; a person reviews the ranking on request.</summary>
[Authorize(Roles = Roles.Worker)]
public sealed class WorkerJobsController(IJobsForWorker jobs, RankingReviewHandler reviews) : Controller
{
    public const int Shown = 20;

    [HttpGet("/worker/jobs")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["Reviews"] = await reviews.MineAsync(Caller, cancellationToken);
        return View(await jobs.RankAsync(Caller, Shown, cancellationToken));
    }

    [HttpPost("/worker/jobs/review")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AskReview([FromForm] string? message, CancellationToken cancellationToken)
    {
        var problem = await reviews.AskAsync(Caller, message, cancellationToken);
        return problem switch
        {
            null => LocalRedirect("/worker/jobs?review=asked#review"),
            "review.no_profile" => LocalRedirect("/my/profile"),
            _ => LocalRedirect("/worker/jobs?review=too-long#review"),
        };
    }

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;
}
