namespace LabourHub.Domain.Documents;

/// <summary>A case worker's view of a document: not looked at yet, checked against the original, or not accepted.</summary>
public enum DocumentVerification
{
    Pending = 0,
    Verified = 1,
    Rejected = 2,
}
