using LabourHub.Application.Notifications.ListNotifications;

namespace LabourHub.Application.Notifications;

public enum NotificationMailOutcome
{
    Sent,

    /// <summary>The account has no e-mail address or no longer exists: nothing to retry.</summary>
    NoAddress,
}

/// <summary>
/// Sends the e-mail copy of one notification to its recipient in the account's preferred language. Implemented by
/// the host, which knows both the accounts and the portal's texts. Throws when delivery failed and is worth retrying.
/// </summary>
public interface INotificationMailer
{
    Task<NotificationMailOutcome> SendAsync(string recipientUserId, NotificationItem notification, CancellationToken cancellationToken);
}
