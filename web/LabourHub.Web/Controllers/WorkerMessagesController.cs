using LabourHub.Application.Messaging.ApplicationThreads;
using LabourHub.Domain.Messaging;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>The worker's side of an application's message thread: read, write, report abuse.</summary>
[Authorize(Roles = Roles.Worker)]
[Route("my/applications/{id:guid}/messages")]
public sealed class WorkerMessagesController(ThreadHandler threads, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(Guid id, [FromQuery] int page, CancellationToken cancellationToken) =>
        ThreadActions.ShowAsync(this, threads, MessageSide.Worker, id, Base(id), page, cancellationToken);

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Post(Guid id, [FromForm] string? body, CancellationToken cancellationToken) =>
        ThreadActions.PostAsync(this, threads, localizer, MessageSide.Worker, id, Base(id), body, cancellationToken);

    [HttpPost("report")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Report(Guid id, [FromForm] string? reason, [FromForm] string? comment, CancellationToken cancellationToken) =>
        ThreadActions.ReportAsync(this, threads, localizer, MessageSide.Worker, id, Base(id), reason, comment, cancellationToken);

    private static string Base(Guid id) => $"/my/applications/{id}/messages";
}
