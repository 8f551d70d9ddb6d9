using LabourHub.Application.Reports;

namespace LabourHub.Web.Reports;

/// <summary>
/// A choropleth: each province's value in one of five classes (quantiles of the shown values); a suppressed value
/// ("&lt;10") is hatched and carries no number.
/// </summary>
public sealed record MapModel(ProvinceMap Map, string Metric, IReadOnlyDictionary<int, MapCell> Cells, IReadOnlyList<double> Breaks)
{
    public static readonly IReadOnlyList<string> Metrics = ["workers", "vacancies", "shortage"];

    public static MapModel For(ProvinceMap map, ReportSnapshot snapshot, string? metric, Func<int, string> provinceName)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(provinceName);
        metric = Metrics.Contains(metric) ? metric! : "workers";
        var cells = snapshot.Provinces.ToDictionary(p => p.ProvinceCode, p => metric switch
        {
            "vacancies" => new MapCell(provinceName(p.ProvinceCode), p.OpenPositions, p.OpenPositions.ToString(System.Globalization.CultureInfo.InvariantCulture), false),
            "shortage" => p.Needed == 0
                ? new MapCell(provinceName(p.ProvinceCode), null, "–", false)
                : new MapCell(provinceName(p.ProvinceCode), p.Index, p.Index is { } i ? i.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : Suppression.Label, p.Index is null),
            _ => new MapCell(provinceName(p.ProvinceCode), p.RegisteredWorkers.Value, p.RegisteredWorkers.ToString(), p.RegisteredWorkers.Suppressed),
        });
        var values = cells.Values.Where(c => c.Value is not null).Select(c => c.Value!.Value).Order().ToList();
        var breaks = values.Count == 0 ? [] : Enumerable.Range(1, 4).Select(q => values[Math.Min(values.Count - 1, values.Count * q / 5)]).Distinct().ToList();
        return new MapModel(map, metric, cells, breaks);
    }

    /// <summary>0-4 for the colour class, -1 for no value.</summary>
    public int ClassOf(MapCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Value is not { } v ? -1 : Breaks.Count(b => v >= b);
    }
}

/// <summary>One province on the map: its name, value (null when suppressed or none) and the text shown for it.</summary>
public sealed record MapCell(string Name, double? Value, string Text, bool Suppressed);
