using LabourHub.Application.Matching.Models;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>
/// Administrators see the ranking models: which ranker serves, every trained version with its held-out metrics against
/// the baseline and random, and retraining as a background job with its progress (the page refreshes itself while a
/// run is queued or running; <c>runs/{id}</c> answers the same as JSON).
/// </summary>
[Authorize(Roles = Roles.Admin)]
[Route("admin/models")]
public sealed class AdminModelsController(IMatchingModels models) : Controller
{
    private const string MfaSetup = "/account/mfa/setup?returnUrl=%2Fadmin%2Fmodels";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return LocalRedirect(MfaSetup);
        }

        return View(await models.OverviewAsync(cancellationToken));
    }

    [HttpPost("retrain")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Retrain(CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return Forbid();
        }

        var (_, problem) = await models.StartRetrainingAsync(User.FindFirst("sub")?.Value ?? string.Empty, cancellationToken);
        if (problem is null)
        {
            return LocalRedirect("/admin/models?started=1");
        }

        Response.StatusCode = StatusCodes.Status409Conflict;
        ViewData["Problem"] = problem;
        return View("Index", await models.OverviewAsync(cancellationToken));
    }

    [HttpGet("runs/{id:guid}")]
    public async Task<IActionResult> Run(Guid id, CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return Forbid();
        }

        var run = await models.RunAsync(id, cancellationToken);
        return run is null ? NotFound() : Json(run);
    }

    private bool WithoutMfa => !User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);
}
