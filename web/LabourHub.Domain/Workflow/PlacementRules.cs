using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Reference;

namespace LabourHub.Domain.Workflow;

/// <summary>
/// The legal facts a transition is checked against, gathered by the caller on the day of the command: the worker's
/// eligibility for this job (province, waiting period, quota against the current headcount and active placements,
/// closed professions) and the minimum wage in force.
/// </summary>
public sealed record PlacementRules
{
    public required EligibilityDecision Eligibility { get; init; }
    public required MinimumWage? MinimumWage { get; init; }
}
