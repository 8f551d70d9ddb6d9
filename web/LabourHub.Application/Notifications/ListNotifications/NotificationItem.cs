using LabourHub.Domain.Messaging;
using LabourHub.Domain.Notifications;

namespace LabourHub.Application.Notifications.ListNotifications;

/// <summary>A notification's facts; the reader's language turns them into text (see the web layer's NotificationText).</summary>
public sealed record NotificationItem(
    Guid Id,
    NotificationKind Kind,
    MessageSide Audience,
    Guid ApplicationId,
    Guid VacancyId,
    string VacancyTitle,
    string? ReasonCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt)
{
    /// <summary>Where the notification leads, on the recipient's own side of the application.</summary>
    public string Link => (Kind, Audience) switch
    {
        (NotificationKind.NewApplication, _) => $"/employer/vacancies/{VacancyId}/applicants",
        (NotificationKind.NewMessage, MessageSide.Employer) => $"/employer/applications/{ApplicationId}/messages",
        (NotificationKind.NewMessage, _) => $"/my/applications/{ApplicationId}/messages",
        _ => "/my/applications",
    };

    public static NotificationItem From(Notification n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new(n.Id, n.Kind, n.Audience, n.ApplicationId.Value, n.VacancyId.Value, n.VacancyTitle, n.ReasonCode, n.CreatedAt, n.ReadAt);
    }
}
