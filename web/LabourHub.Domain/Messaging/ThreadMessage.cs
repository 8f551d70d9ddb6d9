using LabourHub.Domain.Applications;
using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;

namespace LabourHub.Domain.Messaging;

/// <summary>
/// One message in the thread of a job application (one thread per application). The author is kept as an opaque user
/// id and a side; what the other side sees of the author is decided when the thread is read, not stored here.
/// </summary>
public sealed class ThreadMessage
{
    public const int MaxLength = 2000;

    private ThreadMessage()
    {
        AuthorUserId = string.Empty;
        Body = string.Empty;
    }

    public Guid Id { get; private set; }
    public JobApplicationId ApplicationId { get; private set; }
    public MessageSide Side { get; private set; }
    public string AuthorUserId { get; private set; }

    /// <summary>Plain text as written (trimmed), never markup: views encode it.</summary>
    public string Body { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>Red-flag categories found in the text (comma-separated): the worker sees a warning beside it. Null when none.</summary>
    public string? ScreeningFlags { get; private set; }

    public IReadOnlyList<string> Flags => ScreeningFlags?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>Marks the message with what screening found; it is still delivered.</summary>
    public void Flag(IEnumerable<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var list = categories.Distinct().ToList();
        ScreeningFlags = list.Count == 0 ? null : string.Join(',', list);
    }

    /// <summary>Writes a message into an application's thread; refused when the application is closed (withdrawn, rejected, hired).</summary>
    public static Result<ThreadMessage> Write(JobApplication application, MessageSide side, string authorUserId, string? body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentException.ThrowIfNullOrWhiteSpace(authorUserId);
        var text = body?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Result<ThreadMessage>.Failure("message.empty");
        }

        if (text.Length > MaxLength)
        {
            return Result<ThreadMessage>.Failure("message.too_long");
        }

        if (application.Status is ApplicationStatus.Withdrawn or ApplicationStatus.Rejected)
        {
            return Result<ThreadMessage>.Failure("message.closed");
        }

        return Result<ThreadMessage>.Success(new ThreadMessage
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = application.Id,
            Side = side,
            AuthorUserId = authorUserId,
            Body = text,
            SentAt = now,
        });
    }
}
