using LabourHub.Application.Messaging.ApplicationThreads;
using LabourHub.Domain.Messaging;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>The business's side of an application's message thread (owner and recruiters): read, write, report abuse.</summary>
[Authorize(Roles = Roles.EmployerOwner + "," + Roles.EmployerRecruiter)]
[Route("employer/applications/{id:guid}/messages")]
public sealed class EmployerMessagesController(ThreadHandler threads, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(Guid id, [FromQuery] int page, CancellationToken cancellationToken) =>
        OwnerWithoutMfa
            ? Task.FromResult<IActionResult>(LocalRedirect("/account/mfa/setup"))
            : ThreadActions.ShowAsync(this, threads, MessageSide.Employer, id, Base(id), page, cancellationToken);

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Post(Guid id, [FromForm] string? body, CancellationToken cancellationToken) =>
        OwnerWithoutMfa
            ? Task.FromResult<IActionResult>(Forbid())
            : ThreadActions.PostAsync(this, threads, localizer, MessageSide.Employer, id, Base(id), body, cancellationToken);

    [HttpPost("report")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Report(Guid id, [FromForm] string? reason, [FromForm] string? comment, CancellationToken cancellationToken) =>
        OwnerWithoutMfa
            ? Task.FromResult<IActionResult>(Forbid())
            : ThreadActions.ReportAsync(this, threads, localizer, MessageSide.Employer, id, Base(id), reason, comment, cancellationToken);

    private static string Base(Guid id) => $"/employer/applications/{id}/messages";

    private bool OwnerWithoutMfa => User.IsInRole(Roles.EmployerOwner) && !User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);
}
