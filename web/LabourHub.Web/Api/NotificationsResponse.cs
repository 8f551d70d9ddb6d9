namespace LabourHub.Web.Api;

/// <summary>{ "notifications": { page envelope }, "unread": N }.</summary>
public sealed record NotificationsResponse(PagedResponse<NotificationResponse> Notifications, int Unread);
