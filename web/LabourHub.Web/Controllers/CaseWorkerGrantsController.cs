using LabourHub.Application.Support.Grants;
using LabourHub.Domain.Support;
using LabourHub.Domain.ValueObjects;
using LabourHub.Identity.Accounts;
using LabourHub.Web.Infrastructure;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>Case workers review grant applications: score with a comment, then award an amount or reject with a reason.</summary>
[Authorize(Roles = Roles.CaseWorker)]
[Route("caseworker/grants")]
public sealed class CaseWorkerGrantsController(GrantApplicationsHandler grants) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] GrantStatus? status, [FromQuery] int page = 1, CancellationToken cancellationToken = default)
    {
        if (!HasMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Fcaseworker%2Fgrants");
        }

        return View(new CaseWorkerGrantsViewModel(await grants.ForCaseWorkersAsync(status, page, cancellationToken), status));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
    {
        if (!HasMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Fcaseworker%2Fgrants");
        }

        var view = await grants.ForCaseWorkerAsync(id, cancellationToken);
        return view is null ? NotFound() : View(view);
    }

    [HttpPost("{id:guid}/review")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Review(Guid id, [FromForm] int version, [FromForm] int score, [FromForm] string? comment, CancellationToken cancellationToken) =>
        Decide(id, () => grants.ReviewAsync(Caller, id, version, score, comment, cancellationToken));

    [HttpPost("{id:guid}/award")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Award(Guid id, [FromForm] int version, [FromForm] decimal amount, CancellationToken cancellationToken) =>
        Decide(id, () =>
        {
            var money = Money.FromLira(amount);
            return money.IsSuccess ? grants.AwardAsync(Caller, id, version, money.Value, cancellationToken) : Task.FromResult<string?>(money.Error!.Code);
        });

    [HttpPost("{id:guid}/reject")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Reject(Guid id, [FromForm] int version, [FromForm] string? reason, CancellationToken cancellationToken) =>
        Decide(id, () => grants.RejectAsync(Caller, id, version, reason, cancellationToken));

    [HttpGet("{id:guid}/documents/{documentId:guid}")]
    public async Task<IActionResult> Document(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        if (!HasMfa)
        {
            return Forbid();
        }

        var file = await grants.OpenDocumentAsync(Caller, caseWorker: true, id, documentId, cancellationToken);
        return file is null ? NotFound() : this.Download(file);
    }

    private async Task<IActionResult> Decide(Guid id, Func<Task<string?>> action)
    {
        if (!HasMfa)
        {
            return Forbid();
        }

        var problem = await action();
        return problem switch
        {
            null => LocalRedirect($"/caseworker/grants/{id}?done=1"),
            "grant.not_found" => NotFound(),
            "grant.stale" => Conflict(),
            _ => LocalRedirect($"/caseworker/grants/{id}?problem={Uri.EscapeDataString(problem)}"),
        };
    }

    private bool HasMfa => User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;
}
