namespace LabourHub.Application.Reports;

/// <summary>
/// Every figure of the ministry dashboard, computed at once from the database and kept in <see cref="ReportCache"/>.
/// Counts of people are <see cref="ReportCount"/>s, so nothing in here can show fewer than ten people as a number.
/// </summary>
public sealed record ReportSnapshot(
    DateTimeOffset ComputedAt,
    TimeSpan ComputeTime,
    IReadOnlyList<SupplyRow> SupplyLines,
    IReadOnlyList<SupplyGroup> SupplyGroups,
    IReadOnlyList<ProvinceRow> Provinces,
    IReadOnlyList<TrendPoint> Trends,
    IReadOnlyList<FunnelStage> Funnel,
    IReadOnlyList<TimeToFillRow> TimeToFill,
    IReadOnlyList<FairnessRow> Fairness);

/// <summary>One need line of one assessment against the workers who could fill it.</summary>
public sealed record SupplyRow(
    Guid AssessmentId,
    int LineNumber,
    string Title,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int ProvinceCode,
    string NaceSection,
    string IscoCode,
    int Needed,
    ReportCount Supply,
    double? Index);

/// <summary>
/// Needs and supply summed over a province (Sector and Isco null), a province and sector (Isco null), or a province,
/// sector and occupation. Supply counts each person once even when several lines want them.
/// </summary>
public sealed record SupplyGroup(int ProvinceCode, string? NaceSection, string? IscoCode, int Needed, ReportCount Supply, double? Index);

/// <summary>One province on the map: registered workers, open vacancies and positions, needs and supply.</summary>
public sealed record ProvinceRow(int ProvinceCode, ReportCount RegisteredWorkers, int OpenVacancies, int OpenPositions, int Needed, ReportCount Supply, double? Index);

/// <summary>One month (first day): new registrations, vacancies posted, registered employment started.</summary>
public sealed record TrendPoint(DateOnly Month, ReportCount Registrations, int VacanciesPosted, ReportCount PlacementsStarted);

/// <summary>How many applications reached a stage on the way to registered employment (an Active placement).</summary>
public sealed record FunnelStage(string Stage, ReportCount Reached);

/// <summary>Days from a vacancy's posting to its worker's first day in registered employment, by NACE section (null: all).</summary>
public sealed record TimeToFillRow(string? NaceSection, ReportCount Placements, double? MedianDays, double? AverageDays);

/// <summary>
/// The four-fifths audit of who gets past the first look (shortlisted or further) among applicants, by nationality
/// or gender. Groups under ten applicants are left out by the audit itself; a group's selected count under ten is
/// suppressed with its rate, and then the ratio is not shown either.
/// </summary>
public sealed record FairnessRow(string Attribute, string Group, ReportCount Applicants, ReportCount Selected, double? SelectionRate, double? RatioToBest, bool? Flagged);
