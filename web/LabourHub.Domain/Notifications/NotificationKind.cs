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

    /// <summary>A step of the registered-employment workflow happened (reason: the audit kind, e.g. "offer.accepted").</summary>
    WorkflowStep = 7,

    /// <summary>A workflow deadline is near (reason: the deadline code, e.g. "sgk_notice").</summary>
    WorkflowDeadline = 8,
}
