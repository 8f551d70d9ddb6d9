namespace LabourHub.Domain.Employers;

/// <summary>Set by a case worker after checking the business's documents.</summary>
public enum VerificationStatus
{
    Pending = 0,
    Verified = 1,
    Rejected = 2,
}
