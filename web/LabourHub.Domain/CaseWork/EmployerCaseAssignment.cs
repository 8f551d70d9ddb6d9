using LabourHub.Domain.Identifiers;

namespace LabourHub.Domain.CaseWork;

/// <summary>A case worker (by user id, opaque) assigned to support one business.</summary>
public sealed class EmployerCaseAssignment
{
    private EmployerCaseAssignment()
    {
        CaseWorkerUserId = string.Empty;
    }

    public Guid Id { get; private set; }
    public string CaseWorkerUserId { get; private set; }
    public EmployerId EmployerId { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }

    public static EmployerCaseAssignment Assign(string caseWorkerUserId, EmployerId employer, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseWorkerUserId);
        return new EmployerCaseAssignment { Id = Guid.CreateVersion7(), CaseWorkerUserId = caseWorkerUserId, EmployerId = employer, AssignedAt = now };
    }
}
