using LabourHub.Application.Notifications.ListNotifications;
using LabourHub.Domain.Notifications;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Infrastructure;

/// <summary>
/// Turns a notification's facts into a sentence in the current UI culture: the page's language in the portal, the
/// account's language in e-mail. One whole sentence per kind ({0} the vacancy title, {1} the rejection reason).
/// </summary>
public static class NotificationText
{
    public static string Render(IStringLocalizer localizer, NotificationItem notification)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(notification);
        var reason = notification.Kind switch
        {
            NotificationKind.ApplicationRejected => localizer["RejectionReason." + (notification.ReasonCode ?? "other")].Value,
            NotificationKind.WorkflowStep => localizer["Audit." + notification.ReasonCode].Value,
            NotificationKind.WorkflowDeadline => localizer["Reminder." + notification.ReasonCode].Value,
            _ => string.Empty,
        };
        return localizer["Notification." + notification.Kind, notification.VacancyTitle, reason].Value;
    }
}
