using LabourHub.Application.Support.Grants;
using LabourHub.Application.Support.Programmes;
using LabourHub.Domain.Support;
using LabourHub.Identity.Accounts;
using LabourHub.Web.Infrastructure;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>The business's side of support programmes: open calls with the pre-check, the application, its documents, its milestones.</summary>
[Authorize(Roles = Roles.EmployerOwner + "," + Roles.EmployerRecruiter)]
[Route("employer/support")]
public sealed class EmployerSupportController(ProgrammesHandler programmes, GrantApplicationsHandler grants, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (OwnerWithoutMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Femployer%2Fsupport");
        }

        return View(new SupportHomeViewModel(await programmes.ForBusinessAsync(Caller, cancellationToken), await grants.MyApplicationsAsync(Caller, cancellationToken)));
    }

    [HttpGet("programmes/{id:guid}/apply")]
    public async Task<IActionResult> Apply(Guid id, CancellationToken cancellationToken)
    {
        var programme = await programmes.FindAsync(id, cancellationToken);
        return programme is null ? NotFound() : View(new GrantApplyViewModel(programme, new GrantFormInput()));
    }

    [HttpPost("programmes/{id:guid}/apply")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Apply(Guid id, GrantFormInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (OwnerWithoutMfa)
        {
            return Forbid();
        }

        var programme = await programmes.FindAsync(id, cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var (form, problem) = input.ToForm();
            if (form is not null)
            {
                (var applicationId, problem) = await grants.StartAsync(Caller, id, form, cancellationToken);
                if (problem is null)
                {
                    return LocalRedirect($"/employer/support/applications/{applicationId}?saved=1");
                }
            }

            AddProblem(problem!, programme);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new GrantApplyViewModel(programme, input));
    }

    [HttpGet("applications/{id:guid}")]
    public async Task<IActionResult> Application(Guid id, CancellationToken cancellationToken)
    {
        var view = await grants.ForBusinessAsync(Caller, id, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        return View(new GrantPageViewModel(view, view.Application.Status == GrantStatus.Draft ? GrantFormInput.From(view.Application) : null));
    }

    [HttpPost("applications/{id:guid}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(Guid id, GrantFormInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var view = await grants.ForBusinessAsync(Caller, id, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && !OwnerWithoutMfa)
        {
            var (form, problem) = input.ToForm();
            problem ??= await grants.EditAsync(Caller, id, form!, cancellationToken);
            if (problem is null)
            {
                return LocalRedirect($"/employer/support/applications/{id}?saved=1");
            }

            AddProblem(problem, view.Programme);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Application", new GrantPageViewModel(view, input));
    }

    [HttpPost("applications/{id:guid}/documents")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(6 * 1024 * 1024)]
    public async Task<IActionResult> Upload(Guid id, [FromForm] string? item, IFormFile? file, CancellationToken cancellationToken)
    {
        if (OwnerWithoutMfa)
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            return LocalRedirect($"/employer/support/applications/{id}?problem=document.empty");
        }

        await using var stream = file.OpenReadStream();
        var problem = await grants.UploadAsync(Caller, id, item ?? string.Empty, file.FileName, stream, cancellationToken);
        return problem switch
        {
            null => LocalRedirect($"/employer/support/applications/{id}?uploaded=1"),
            "grant.not_found" => NotFound(),
            _ => LocalRedirect($"/employer/support/applications/{id}?problem={Uri.EscapeDataString(problem)}"),
        };
    }

    [HttpPost("applications/{id:guid}/submit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Submit(Guid id, CancellationToken cancellationToken)
    {
        if (OwnerWithoutMfa)
        {
            return Forbid();
        }

        var problem = await grants.SubmitAsync(Caller, id, cancellationToken);
        return problem switch
        {
            null => LocalRedirect($"/employer/support/applications/{id}?submitted=1"),
            "grant.not_found" => NotFound(),
            _ => LocalRedirect($"/employer/support/applications/{id}?problem={Uri.EscapeDataString(problem)}"),
        };
    }

    [HttpGet("applications/{id:guid}/documents/{documentId:guid}")]
    public async Task<IActionResult> Document(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var file = await grants.OpenDocumentAsync(Caller, caseWorker: false, id, documentId, cancellationToken);
        return file is null ? NotFound() : this.Download(file);
    }

    private void AddProblem(string code, SupportProgramme programme)
    {
        var detail = code == "support.refugee_share" ? programme.MinRefugeeSharePercent.ToString(System.Globalization.CultureInfo.CurrentCulture) : null;
        ModelState.AddModelError(string.Empty, detail is null ? localizer["DomainError." + code] : localizer["DomainError." + code, detail]);
    }

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;

    private bool OwnerWithoutMfa => User.IsInRole(Roles.EmployerOwner) && !User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);
}
