namespace LabourHub.Domain.Protection;

/// <summary>What a report is about.</summary>
public enum ReportSubject
{
    Thread = 0,
    Vacancy = 1,
    Employer = 2,
    Placement = 3,
}
