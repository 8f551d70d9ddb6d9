namespace LabourHub.Application.Reports;

/// <summary>Section "Reports": how often the background job recomputes the dashboard's figures.</summary>
public sealed class ReportsOptions
{
    public const string SectionName = "Reports";

    /// <summary>Seconds between recomputations of the report snapshot (0 switches the background refresh off).</summary>
    public int RefreshSeconds { get; set; } = 300;
}
