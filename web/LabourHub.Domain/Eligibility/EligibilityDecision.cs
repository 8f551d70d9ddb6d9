namespace LabourHub.Domain.Eligibility;

/// <summary>Whether a person may legally take a job, from when, and which rules say so.</summary>
public sealed record EligibilityDecision(
    EligibilityStatus Status,
    DateOnly? EligibleFrom,
    IReadOnlyList<RuleCitation> Blocking,
    IReadOnlyList<RuleCitation> Conditions)
{
    public bool IsEligibleNow => Status == EligibilityStatus.EligibleNow;
}
