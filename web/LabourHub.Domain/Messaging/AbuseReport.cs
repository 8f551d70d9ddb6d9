using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;

namespace LabourHub.Domain.Messaging;

/// <summary>
/// Someone in a thread tells case workers that something is wrong (fees asked, documents kept, threats, a false job).
/// The other side is never told. A case worker closes it with a note. When the worker is erased the report keeps only
/// its reason, the business and its dates (<see cref="Anonymise"/>): enough to see patterns, nothing about the person.
/// </summary>
public sealed class AbuseReport
{
    public const int MaxCommentLength = 1000;
    public const int MaxNoteLength = 1000;

    private AbuseReport()
    {
        ReporterUserId = string.Empty;
        Reason = string.Empty;
    }

    /// <summary>Reason codes; people see them in their language.</summary>
    public static IReadOnlyList<string> Reasons { get; } = ["fees_asked", "documents_retained", "threats", "false_job", "other"];

    public Guid Id { get; private set; }

    /// <summary>The thread reported; null once the worker's data was erased.</summary>
    public JobApplicationId? ApplicationId { get; private set; }

    /// <summary>The business the thread was with (kept after erasure).</summary>
    public EmployerId EmployerId { get; private set; }

    public string ReporterUserId { get; private set; }
    public MessageSide ReporterSide { get; private set; }
    public string Reason { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset ReportedAt { get; private set; }
    public DateTimeOffset? HandledAt { get; private set; }
    public string? HandledByUserId { get; private set; }
    public string? HandlingNote { get; private set; }

    public bool IsHandled => HandledAt is not null;

    public static Result<AbuseReport> File(JobApplicationId application, EmployerId employer, string reporterUserId, MessageSide side, string? reason, string? comment, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reporterUserId);
        if (reason is null || !Reasons.Contains(reason))
        {
            return Result<AbuseReport>.Failure("report.reason");
        }

        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text?.Length > MaxCommentLength)
        {
            return Result<AbuseReport>.Failure("report.comment_too_long");
        }

        return Result<AbuseReport>.Success(new AbuseReport
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = application,
            EmployerId = employer,
            ReporterUserId = reporterUserId,
            ReporterSide = side,
            Reason = reason,
            Comment = text,
            ReportedAt = now,
        });
    }

    /// <summary>A case worker dealt with the report; the note says how. Handling twice keeps the first record.</summary>
    public Result<AbuseReport> MarkHandled(string caseWorkerUserId, string? note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseWorkerUserId);
        var text = note?.Trim() ?? string.Empty;
        if (text.Length == 0 || text.Length > MaxNoteLength)
        {
            return Result<AbuseReport>.Failure("report.note");
        }

        if (IsHandled)
        {
            return Result<AbuseReport>.Success(this);
        }

        HandledAt = now;
        HandledByUserId = caseWorkerUserId;
        HandlingNote = text;
        return Result<AbuseReport>.Success(this);
    }

    /// <summary>The worker's data was erased: drop the link to the thread, the free text and who reported.</summary>
    public void Anonymise()
    {
        ApplicationId = null;
        Comment = null;
        ReporterUserId = "erased";
    }
}
