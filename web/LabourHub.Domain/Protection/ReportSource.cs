namespace LabourHub.Domain.Protection;

public enum ReportSource
{
    /// <summary>A person pressed "report a problem".</summary>
    Person = 0,

    /// <summary>Red-flag screening held a vacancy or flagged a message.</summary>
    Screening = 1,
}
