using LabourHub.Application.Matching.ReviewRequests;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>Requests from the case worker's people for a human review of their automated ranking, and the answers.</summary>
[Authorize(Roles = Roles.CaseWorker)]
[Route("caseworker/reviews")]
public sealed class CaseWorkerReviewsController(RankingReviewHandler reviews) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa))
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Fcaseworker%2Freviews");
        }

        return View(await reviews.ForCaseWorkerAsync(Caller, cancellationToken));
    }

    [HttpPost("{id:guid}/answer")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Answer(Guid id, [FromForm] string? answer, CancellationToken cancellationToken)
    {
        if (!User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa))
        {
            return Forbid();
        }

        var problem = await reviews.AnswerAsync(Caller, id, answer, cancellationToken);
        return problem switch
        {
            null => LocalRedirect("/caseworker/reviews?answered=1"),
            "review.not_found" => NotFound(),
            _ => LocalRedirect($"/caseworker/reviews?problem={problem}"),
        };
    }

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;
}
