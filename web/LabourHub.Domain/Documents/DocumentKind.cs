namespace LabourHub.Domain.Documents;

/// <summary>What a worker's uploaded document is, as they declared it.</summary>
public enum DocumentKind
{
    Cv = 1,
    Diploma = 2,
    WorkPermit = 3,
    Certificate = 4,
    Other = 9,
}
