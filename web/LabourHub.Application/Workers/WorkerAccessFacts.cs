namespace LabourHub.Application.Workers;

/// <summary>What the access rule needs to know about the caller and the worker.</summary>
public sealed record WorkerAccessFacts
{
    public required bool IsSelf { get; init; }
    public required bool IsEmployer { get; init; }
    public required bool IsCaseWorker { get; init; }
    public required bool AppliedToCallersEmployer { get; init; }
    public required bool AcceptedInterviewWithCallersEmployer { get; init; }
    public required bool Discoverable { get; init; }
    public required bool AssignedToCaller { get; init; }
    public required bool CaseWorkerAccessConsented { get; init; }
}
