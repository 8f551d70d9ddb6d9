namespace LabourHub.Application.Matching.NeedLineCandidates;

/// <summary>The need line the candidates are for.</summary>
public sealed record NeedLineSummary(Guid AssessmentId, int LineNumber, string Title, string IscoCode, int ProvinceCode, string NaceSection, int Needed, DateOnly PeriodStart, DateOnly PeriodEnd);
