using LabourHub.Domain.Identifiers;

namespace LabourHub.Domain.CaseWork;

/// <summary>A case worker (by user id, opaque) assigned to help one worker.</summary>
public sealed class CaseAssignment
{
    private CaseAssignment()
    {
        CaseWorkerUserId = string.Empty;
    }

    public Guid Id { get; private set; }
    public string CaseWorkerUserId { get; private set; }
    public WorkerId WorkerId { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }

    public static CaseAssignment Assign(string caseWorkerUserId, WorkerId worker, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        CaseWorkerUserId = string.IsNullOrWhiteSpace(caseWorkerUserId) ? throw new ArgumentException("A case worker is needed.", nameof(caseWorkerUserId)) : caseWorkerUserId,
        WorkerId = worker,
        AssignedAt = now,
    };
}
