using LabourHub.Application.Reports;

namespace LabourHub.Application.Matching.NeedLineCandidates;

/// <summary>
/// Counts only, each through the reports' suppression rule: workers in the line's occupation family who may take such
/// a job now, from a later date, or not at all, and how many of those eligible now match well (an occupation in the
/// line's ISCO minor group).
/// </summary>
public sealed record NeedLineCounts(NeedLineSummary Line, ReportCount EligibleNow, ReportCount EligibleLater, ReportCount NotEligible, ReportCount WellMatched);
