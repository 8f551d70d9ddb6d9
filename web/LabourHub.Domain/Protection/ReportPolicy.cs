namespace LabourHub.Domain.Protection;

/// <summary>
/// How urgent a report is and by when a case worker must answer it. These are the organisation's service levels,
/// not law: threats and children first (a day), money and documents next (two days), the rest within five days.
/// </summary>
public static class ReportPolicy
{
    public static ReportSeverity SeverityOf(string reason) => reason switch
    {
        "threats" or "child_work" => ReportSeverity.Critical,
        "fees_asked" or "documents_retained" or "wages_withheld" => ReportSeverity.High,
        _ => ReportSeverity.Medium,
    };

    public static ReportSeverity SeverityOfFlags(IEnumerable<string> categories) =>
        categories.Any(RedFlagCategory.IsGrave) ? ReportSeverity.High : ReportSeverity.Medium;

    public static TimeSpan ResponseTime(ReportSeverity severity) => severity switch
    {
        ReportSeverity.Critical => TimeSpan.FromHours(24),
        ReportSeverity.High => TimeSpan.FromDays(2),
        ReportSeverity.Medium => TimeSpan.FromDays(5),
        _ => TimeSpan.FromDays(10),
    };
}
