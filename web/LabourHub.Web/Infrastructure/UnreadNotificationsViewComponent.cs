using LabourHub.Application.Notifications.ListNotifications;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Infrastructure;

/// <summary>The header's link to /notifications with the number of unread notifications.</summary>
public sealed class UnreadNotificationsViewComponent(NotificationsHandler notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var caller = UserClaimsPrincipal.FindFirst("sub")?.Value;
        var unread = caller is null ? 0 : await notifications.UnreadCountAsync(caller, HttpContext.RequestAborted);
        return View(unread);
    }
}
