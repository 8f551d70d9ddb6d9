namespace LabourHub.Domain.Notifications;

/// <summary>Where the e-mail copy of a notification stands.</summary>
public enum NotificationMailState
{
    Pending = 0,
    Sent = 1,

    /// <summary>Nothing to send to: the account has no e-mail address or no longer exists.</summary>
    NoAddress = 2,

    /// <summary>Every attempt failed; the in-app notification remains.</summary>
    GaveUp = 3,
}
