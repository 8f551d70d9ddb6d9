namespace LabourHub.Domain.Notifications;

/// <summary>What happened. The text is chosen by kind in the reader's language when it is shown or mailed.</summary>
public enum NotificationKind
{
    ApplicationShortlisted = 1,
    InterviewInvited = 2,
    ApplicationRejected = 3,
    JobOffered = 4,
    NewApplication = 5,
    NewMessage = 6,
}
