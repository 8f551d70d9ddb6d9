using LabourHub.Application.Workers.MyApplications;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>A worker applies to a job, sees where each application stands, and can withdraw.</summary>
[Authorize(Roles = Roles.Worker)]
public sealed class MyApplicationsController(MyApplicationsHandler applications) : Controller
{
    [HttpGet("my/applications")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await applications.ListAsync(Caller, cancellationToken));

    [HttpPost("vacancies/{id:guid}/apply")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Apply(Guid id, CancellationToken cancellationToken)
    {
        var (outcome, _) = await applications.ApplyAsync(id, Caller, cancellationToken);
        return outcome switch
        {
            ApplyOutcome.Applied => LocalRedirect("/my/applications?applied=1"),
            ApplyOutcome.AlreadyApplied => LocalRedirect("/my/applications?already=1"),
            ApplyOutcome.AlreadyWithdrawn => LocalRedirect("/my/applications?withdrawn-before=1"),
            ApplyOutcome.NoProfile => LocalRedirect("/my/profile?needed=apply"),
            _ => NotFound(),
        };
    }

    [HttpPost("my/applications/{id:guid}/withdraw")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Withdraw(Guid id, CancellationToken cancellationToken) =>
        await applications.WithdrawAsync(id, Caller, cancellationToken) ? LocalRedirect("/my/applications?withdrawn=1") : NotFound();

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;
}
