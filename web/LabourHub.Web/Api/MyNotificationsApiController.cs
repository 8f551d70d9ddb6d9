using LabourHub.Application.Common;
using LabourHub.Application.Notifications.ListNotifications;
using LabourHub.Identity;
using LabourHub.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Api;

/// <summary>The caller's notifications, newest first, with their text in the request's language (Accept-Language or ?culture=).</summary>
[ApiController]
[Route("api/v1/me/notifications")]
[Authorize(AuthenticationSchemes = LabourHubIdentityExtensions.PortalOrBearerScheme)]
public sealed class MyNotificationsApiController(NotificationsHandler notifications, IStringLocalizer<SharedResource> localizer) : ControllerBase
{
    /// <summary>One page of notifications and the number unread.</summary>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">1 to 100, default 20.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<NotificationsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public async Task<NotificationsResponse> List([FromQuery] int page = 1, [FromQuery] int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var caller = User.FindFirst("sub")?.Value ?? string.Empty;
        var result = await notifications.ListAsync(caller, page, pageSize, cancellationToken);
        var items = result.Items.Select(n => new NotificationResponse(n.Id, n.Kind.ToString(), NotificationText.Render(localizer, n), n.Link, n.ApplicationId, n.CreatedAt, n.ReadAt)).ToList();
        return new NotificationsResponse(new PagedResponse<NotificationResponse>(items, result.Total, result.Page, result.PageSize), await notifications.UnreadCountAsync(caller, cancellationToken));
    }
}
