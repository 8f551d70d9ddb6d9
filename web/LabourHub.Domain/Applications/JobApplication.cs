using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;

namespace LabourHub.Domain.Applications;

/// <summary>A worker's application to a vacancy. Named JobApplication so it never clashes with the Application layer.</summary>
public sealed class JobApplication
{
    private static readonly Dictionary<ApplicationStatus, ApplicationStatus[]> Allowed = new()
    {
        [ApplicationStatus.Submitted] = [ApplicationStatus.Shortlisted, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Shortlisted] = [ApplicationStatus.Interview, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Interview] = [ApplicationStatus.Offered, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Offered] = [ApplicationStatus.Hired, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Hired] = [],
        [ApplicationStatus.Rejected] = [],
        [ApplicationStatus.Withdrawn] = [],
    };

    private JobApplication()
    {
    }

    public JobApplicationId Id { get; private set; }
    public VacancyId VacancyId { get; private set; }
    public WorkerId WorkerId { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Why the employer said no, as a code (see <see cref="RejectionReasons"/>); null unless rejected.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>The reasons an employer may give for rejecting an application; the worker sees them in their language.</summary>
    public static IReadOnlyList<string> RejectionReasons { get; } = ["skills", "experience", "language", "position_filled", "not_eligible", "no_response", "other"];

    /// <summary>Optimistic concurrency token: changes on every transition.</summary>
    public Guid Version { get; private set; }

    public static JobApplication Submit(VacancyId vacancy, WorkerId worker, DateTimeOffset now) => new()
    {
        Id = JobApplicationId.New(),
        VacancyId = vacancy,
        WorkerId = worker,
        Status = ApplicationStatus.Submitted,
        SubmittedAt = now,
        UpdatedAt = now,
        Version = Guid.CreateVersion7(),
    };

    public bool IsClosed => Allowed[Status].Length == 0;

    /// <summary>The employer says no, with one of the <see cref="RejectionReasons"/>.</summary>
    public Result<JobApplication> Reject(string reasonCode, DateTimeOffset now)
    {
        if (!RejectionReasons.Contains(reasonCode))
        {
            return Result<JobApplication>.Failure("application.rejection_reason");
        }

        var moved = MoveTo(ApplicationStatus.Rejected, now);
        if (moved.IsSuccess)
        {
            RejectionReason ??= reasonCode;
        }

        return moved;
    }

    /// <summary>Moves the application on; the same move twice is a no-op so retried commands are harmless.</summary>
    public Result<JobApplication> MoveTo(ApplicationStatus next, DateTimeOffset now)
    {
        if (next == Status)
        {
            return Result<JobApplication>.Success(this);
        }

        if (!Allowed[Status].Contains(next))
        {
            return Result<JobApplication>.Failure("application.transition");
        }

        Status = next;
        UpdatedAt = now;
        Version = Guid.CreateVersion7();
        return Result<JobApplication>.Success(this);
    }
}
