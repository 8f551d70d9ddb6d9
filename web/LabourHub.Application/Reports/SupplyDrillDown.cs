namespace LabourHub.Application.Reports;

/// <summary>The drill-down: all provinces, then one province's sectors, then one sector's occupations.</summary>
public static class SupplyDrillDown
{
    public static IReadOnlyList<SupplyGroup> Level(ReportSnapshot snapshot, int? province, string? sector)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.SupplyGroups.Where(g =>
                province is null ? g.NaceSection is null
                : sector is null ? g.ProvinceCode == province && g.NaceSection is not null && g.IscoCode is null
                : g.ProvinceCode == province && g.NaceSection == sector && g.IscoCode is not null)
            .ToList();
    }
}
