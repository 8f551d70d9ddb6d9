namespace LabourHub.Domain.Eligibility;

public enum EligibilityStatus
{
    /// <summary>May legally take the job now (possibly with conditions such as a pre-approval).</summary>
    EligibleNow = 0,

    /// <summary>Will be able to from <see cref="EligibilityDecision.EligibleFrom"/>; shown apart, never as eligible.</summary>
    EligibleLater = 1,

    /// <summary>May not take this job; the blocking rules say why and what would change it.</summary>
    NotEligible = 2,
}
