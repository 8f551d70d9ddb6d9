using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Messaging;

namespace LabourHub.Domain.Notifications;

/// <summary>
/// Something one person should know, kept as a kind and arguments (never as finished text) so it is shown in the
/// reader's language at read time and mailed in the account's language. Arguments hold only what the recipient may
/// see anyway: the vacancy title, the application id, a rejection reason code. Written in the same save as the event.
/// </summary>
public sealed class Notification
{
    public const int MaxMailAttempts = 6;

    private Notification()
    {
        RecipientUserId = string.Empty;
        VacancyTitle = string.Empty;
    }

    public Guid Id { get; private set; }
    public string RecipientUserId { get; private set; }
    public NotificationKind Kind { get; private set; }

    /// <summary>Which side the recipient is on, so links lead to their own page for the application.</summary>
    public MessageSide Audience { get; private set; }

    public JobApplicationId ApplicationId { get; private set; }
    public VacancyId VacancyId { get; private set; }
    public string VacancyTitle { get; private set; }
    public string? ReasonCode { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }
    public NotificationMailState MailState { get; private set; }
    public DateTimeOffset? EmailedAt { get; private set; }
    public int MailAttempts { get; private set; }
    public DateTimeOffset NextMailAttemptAt { get; private set; }

    public static Notification For(string recipientUserId, NotificationKind kind, MessageSide audience, JobApplicationId application, VacancyId vacancy, string vacancyTitle, string? reasonCode, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientUserId);
        ArgumentNullException.ThrowIfNull(vacancyTitle);
        return new Notification
        {
            Id = Guid.CreateVersion7(),
            RecipientUserId = recipientUserId,
            Kind = kind,
            Audience = audience,
            ApplicationId = application,
            VacancyId = vacancy,
            VacancyTitle = vacancyTitle,
            ReasonCode = reasonCode,
            CreatedAt = now,
            NextMailAttemptAt = now,
        };
    }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    public void MarkMailed(DateTimeOffset now)
    {
        MailState = NotificationMailState.Sent;
        EmailedAt = now;
    }

    public void MarkNoAddress() => MailState = NotificationMailState.NoAddress;

    /// <summary>A failed attempt: try again after 1, 2, 4, 8... minutes, and give up after <see cref="MaxMailAttempts"/>.</summary>
    public void MarkMailFailed(DateTimeOffset now)
    {
        MailAttempts++;
        if (MailAttempts >= MaxMailAttempts)
        {
            MailState = NotificationMailState.GaveUp;
            return;
        }

        NextMailAttemptAt = now.AddMinutes(Math.Pow(2, MailAttempts - 1));
    }
}
