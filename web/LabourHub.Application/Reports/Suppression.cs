namespace LabourHub.Application.Reports;

/// <summary>
/// The one suppression rule of every report (pages, CSV, XLSX and the API): a figure from fewer than ten people is
/// shown as "&lt;10" and never as a number, and nothing derived from it (a ratio, an index) is shown either.
/// </summary>
public static class Suppression
{
    public const int Threshold = 10;

    public const string Label = "<10";

    public static ReportCount Count(int people) => new(people < Threshold ? null : people);

    /// <summary>A ratio or rate that is shown only when the people it is computed from are shown.</summary>
    public static double? Derived(ReportCount basis, double value) => basis.Suppressed ? null : value;
}
