namespace LabourHub.Domain.Protection;

public enum ReportSeverity
{
    Low = 0,
    Medium = 1,
    High = 2,
    Critical = 3,
}
