using LabourHub.Application.CaseWork.WorkerDesk;
using LabourHub.Application.Workers.Documents;
using LabourHub.Application.Workers.GetWorkerProfile;
using LabourHub.Identity.Accounts;
using LabourHub.Web.Models;
using LabourHub.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>
/// The case worker's desk for people: the workers assigned to them, and for each (when they agreed to the help) the
/// profile, the documents to verify and the case notes. Anyone not on the caller's desk is "not found".
/// </summary>
[Authorize(Roles = Roles.CaseWorker)]
[Route("caseworker/workers")]
public sealed class CaseWorkerWorkersController(
    WorkerDeskHandler desk,
    WorkerDocumentsHandler documents,
    GetWorkerProfileHandler profiles,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!HasMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Fcaseworker%2Fworkers");
        }

        return View(await desk.AssignedAsync(Caller, cancellationToken));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Case(Guid id, CancellationToken cancellationToken)
    {
        if (!HasMfa)
        {
            return LocalRedirect("/account/mfa/setup");
        }

        var model = await CaseAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{id:guid}/documents/{documentId:guid}")]
    public async Task<IActionResult> Document(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        if (!HasMfa)
        {
            return Forbid();
        }

        var file = await documents.OpenForCaseWorkerAsync(Caller, id, documentId, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        return this.Download(file);
    }

    [HttpPost("{id:guid}/documents/{documentId:guid}/decision")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Decide(Guid id, Guid documentId, [FromForm] bool verified, [FromForm] string? note, CancellationToken cancellationToken)
    {
        if (!HasMfa)
        {
            return Forbid();
        }

        var problem = await documents.DecideAsync(Caller, id, documentId, verified, note, cancellationToken);
        return problem switch
        {
            null => LocalRedirect($"/caseworker/workers/{id}?decided=1"),
            "document.not_found" => NotFound(),
            _ => await ShowWithProblemAsync(id, "note", problem, cancellationToken),
        };
    }

    [HttpPost("{id:guid}/notes")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Note(Guid id, [FromForm] string? body, CancellationToken cancellationToken)
    {
        if (!HasMfa)
        {
            return Forbid();
        }

        var problem = await desk.WriteNoteAsync(Caller, id, body, cancellationToken);
        return problem switch
        {
            null => LocalRedirect($"/caseworker/workers/{id}?noted=1#notes"),
            "worker.not_found" => NotFound(),
            _ => await ShowWithProblemAsync(id, "body", problem, cancellationToken, body),
        };
    }

    private async Task<IActionResult> ShowWithProblemAsync(Guid id, string field, string code, CancellationToken cancellationToken, string? typed = null)
    {
        var model = await CaseAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        ModelState.AddModelError(field, localizer["DomainError." + code]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Case", model with { TypedNote = typed });
    }

    private async Task<WorkerCaseViewModel?> CaseAsync(Guid id, CancellationToken cancellationToken)
    {
        var notes = await desk.NotesAsync(Caller, id, cancellationToken);
        if (notes is null)
        {
            return null;
        }

        var (profile, _) = await profiles.HandleAsync(id, Caller, [Roles.CaseWorker], cancellationToken);
        return profile is null ? null : new WorkerCaseViewModel(id, profile, await documents.ListForCaseWorkerAsync(Caller, id, cancellationToken), notes);
    }

    private bool HasMfa => User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;
}
