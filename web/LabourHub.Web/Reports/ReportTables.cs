using System.Globalization;
using LabourHub.Application.Reports;

namespace LabourHub.Web.Reports;

/// <summary>
/// The dashboard's tables as rows of text for CSV and XLSX, with machine-readable headers. Counts of people are
/// written through <see cref="ReportCount.ToString"/>, so a file shows "&lt;10" exactly where a page does.
/// </summary>
public static class ReportTables
{
    public static readonly IReadOnlyList<string> Names = ["supply", "supply-groups", "provinces", "trends", "funnel", "time-to-fill", "fairness"];

    public static (IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string>> Rows)? Table(string name, ReportSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return name switch
        {
            "supply" => (["assessment_id", "line", "title", "period_start", "period_end", "province_code", "nace_section", "isco_code", "needed", "supply", "supply_index"],
                s.SupplyLines.Select(l => Row(l.AssessmentId.ToString(), I(l.LineNumber), l.Title, D(l.PeriodStart), D(l.PeriodEnd), I(l.ProvinceCode), l.NaceSection, l.IscoCode, I(l.Needed), l.Supply.ToString(), R(l.Index, l.Supply)))),
            "supply-groups" => (["province_code", "nace_section", "isco_code", "needed", "supply", "supply_index"],
                s.SupplyGroups.Select(g => Row(I(g.ProvinceCode), g.NaceSection ?? string.Empty, g.IscoCode ?? string.Empty, I(g.Needed), g.Supply.ToString(), R(g.Index, g.Supply)))),
            "provinces" => (["province_code", "registered_workers", "open_vacancies", "open_positions", "needed", "supply", "supply_index"],
                s.Provinces.Select(p => Row(I(p.ProvinceCode), p.RegisteredWorkers.ToString(), I(p.OpenVacancies), I(p.OpenPositions), I(p.Needed), p.Supply.ToString(), p.Needed == 0 ? string.Empty : R(p.Index, p.Supply)))),
            "trends" => (["month", "registrations", "vacancies_posted", "employment_started"],
                s.Trends.Select(t => Row(t.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), t.Registrations.ToString(), I(t.VacanciesPosted), t.PlacementsStarted.ToString()))),
            "funnel" => (["stage", "reached"], s.Funnel.Select(f => Row(f.Stage, f.Reached.ToString()))),
            "time-to-fill" => (["nace_section", "placements", "median_days", "average_days"],
                s.TimeToFill.Select(t => Row(t.NaceSection ?? "all", t.Placements.ToString(), R(t.MedianDays, t.Placements), R(t.AverageDays, t.Placements)))),
            "fairness" => (["attribute", "group", "applicants", "selected", "selection_rate", "ratio_to_best", "four_fifths_flag"],
                s.Fairness.Select(f => Row(f.Attribute, f.Group, f.Applicants.ToString(), f.Selected.ToString(), R(f.SelectionRate, f.Selected), f.RatioToBest is { } r ? r.ToString("0.000", CultureInfo.InvariantCulture) : string.Empty,
                    f.Flagged is { } flag ? (flag ? "yes" : "no") : string.Empty))),
            _ => null,
        };
    }

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A derived figure: empty when its basis is suppressed (the basis column already says "&lt;10").</summary>
    private static string R(double? value, ReportCount basis) =>
        basis.Suppressed || value is null ? string.Empty : value.Value.ToString("0.###", CultureInfo.InvariantCulture);
}
