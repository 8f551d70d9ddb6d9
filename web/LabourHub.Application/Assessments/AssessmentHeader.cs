namespace LabourHub.Application.Assessments;

/// <summary>What rows of one assessment share: period, province, NACE section, source and method.</summary>
public sealed record AssessmentHeader(string Title, DateOnly PeriodStart, DateOnly PeriodEnd, int ProvinceCode, string NaceSection, string Source, string Method);
