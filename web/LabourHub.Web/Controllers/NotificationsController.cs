using LabourHub.Application.Common;
using LabourHub.Application.Notifications.ListNotifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>The signed-in person's notifications, rendered in the language they read the portal in now.</summary>
[Authorize]
[Route("notifications")]
public sealed class NotificationsController(NotificationsHandler notifications) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] int page, CancellationToken cancellationToken) =>
        View(await notifications.ListAsync(Caller, page, Paging.DefaultPageSize, cancellationToken));

    /// <summary>Marks one notification read and follows its link (a form, so it works without JavaScript).</summary>
    [HttpPost("{id:guid}/read")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Read(Guid id, [FromForm] string? next, CancellationToken cancellationToken)
    {
        if (!await notifications.MarkReadAsync(Caller, id, cancellationToken))
        {
            return NotFound();
        }

        return LocalRedirect(next is not null && Url.IsLocalUrl(next) ? next : "/notifications");
    }

    [HttpPost("read-all")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ReadAll(CancellationToken cancellationToken)
    {
        await notifications.MarkReadAsync(Caller, null, cancellationToken);
        return LocalRedirect("/notifications");
    }

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;
}
