using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Protection;

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
    public static IReadOnlyList<string> Reasons { get; } =
        ["fees_asked", "documents_retained", "threats", "wages_withheld", "no_contract", "child_work", "false_job", "other"];

    /// <summary>The reason recorded when screening, not a person, filed the report.</summary>
    public const string ScreeningReason = "red_flags";

    /// <summary>Who filed a report that screening made.</summary>
    public const string SystemReporter = "system";

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

    public ReportSubject Subject { get; private set; }
    public ReportSource Source { get; private set; }
    public VacancyId? VacancyId { get; private set; }
    public PlacementId? PlacementId { get; private set; }

    /// <summary>The flagged message, when screening filed the report about a message.</summary>
    public Guid? MessageId { get; private set; }

    public ReportSeverity Severity { get; private set; }

    /// <summary>When a case worker must have answered (from the severity; shortened on escalation).</summary>
    public DateTimeOffset RespondBy { get; private set; }

    /// <summary>Red-flag categories, for reports filed by screening (comma-separated).</summary>
    public string? ScreeningFlags { get; private set; }

    /// <summary>ILO forced-labour indicators a case worker found (comma-separated codes).</summary>
    public string? Indicators { get; private set; }

    public DateTimeOffset? EscalatedAt { get; private set; }

    public bool IsEscalated => EscalatedAt is not null;

    public IReadOnlyList<string> Flags => ScreeningFlags?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];

    public IReadOnlyList<string> IndicatorCodes => Indicators?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];

    public bool IsOverdue(DateTimeOffset now) => !IsHandled && now > RespondBy;

    /// <summary>
    /// A person reports a vacancy, a business, a thread or a placement. The business is never told and never sees
    /// who reported; severity and the response deadline follow from the reason.
    /// </summary>
    public static Result<AbuseReport> FileAbout(
        ReportSubject subject, EmployerId employer, VacancyId? vacancy, JobApplicationId? application, PlacementId? placement,
        string reporterUserId, MessageSide side, string? reason, string? comment, DateTimeOffset now)
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

        var severity = ReportPolicy.SeverityOf(reason);
        return Result<AbuseReport>.Success(new AbuseReport
        {
            Id = Guid.CreateVersion7(),
            Subject = subject,
            Source = ReportSource.Person,
            ApplicationId = application,
            VacancyId = vacancy,
            PlacementId = placement,
            EmployerId = employer,
            ReporterUserId = reporterUserId,
            ReporterSide = side,
            Reason = reason,
            Comment = text,
            ReportedAt = now,
            Severity = severity,
            RespondBy = now + ReportPolicy.ResponseTime(severity),
        });
    }

    /// <summary>Screening held a vacancy or flagged a message: a copy for the case workers' queue.</summary>
    public static AbuseReport FromScreening(
        ReportSubject subject, EmployerId employer, VacancyId? vacancy, JobApplicationId? application, Guid? message,
        IReadOnlyCollection<string> categories, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var severity = ReportPolicy.SeverityOfFlags(categories);
        return new AbuseReport
        {
            Id = Guid.CreateVersion7(),
            Subject = subject,
            Source = ReportSource.Screening,
            ApplicationId = application,
            VacancyId = vacancy,
            MessageId = message,
            EmployerId = employer,
            ReporterUserId = SystemReporter,
            ReporterSide = MessageSide.Employer,
            Reason = ScreeningReason,
            ScreeningFlags = string.Join(',', categories.Distinct()),
            ReportedAt = now,
            Severity = severity,
            RespondBy = now + ReportPolicy.ResponseTime(severity),
        };
    }

    /// <summary>
    /// Records the ILO indicators a case worker found. Any indicator escalates the case: critical, answered within a
    /// day; the caller pauses the business's vacancies. Returns true when this call escalated it.
    /// </summary>
    public Result<bool> RecordIndicators(IEnumerable<string> codes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var list = codes.Distinct().ToList();
        if (list.Any(c => !ForcedLabourIndicator.All.Contains(c)))
        {
            return Result<bool>.Failure("report.indicator");
        }

        Indicators = list.Count == 0 ? null : string.Join(',', ForcedLabourIndicator.All.Where(list.Contains));
        if (list.Count == 0 || IsEscalated)
        {
            return Result<bool>.Success(false);
        }

        EscalatedAt = now;
        Severity = ReportSeverity.Critical;
        var deadline = now + ReportPolicy.ResponseTime(ReportSeverity.Critical);
        if (deadline < RespondBy)
        {
            RespondBy = deadline;
        }

        return Result<bool>.Success(true);
    }

    public static Result<AbuseReport> File(JobApplicationId application, EmployerId employer, string reporterUserId, MessageSide side, string? reason, string? comment, DateTimeOffset now) =>
        FileAbout(ReportSubject.Thread, employer, null, application, null, reporterUserId, side, reason, comment, now);

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
        PlacementId = null;
        MessageId = null;
        Comment = null;
        ReporterUserId = "erased";
    }
}
