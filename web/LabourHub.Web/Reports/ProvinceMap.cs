using System.Text.Json;

namespace LabourHub.Web.Reports;

/// <summary>The province outlines (embedded, drawn as inline SVG: no tiles, nothing fetched from elsewhere).</summary>
public sealed class ProvinceMap
{
    private ProvinceMap(string viewBox, IReadOnlyDictionary<int, string> paths)
    {
        ViewBox = viewBox;
        Paths = paths;
    }

    public const string Attribution = "© OpenStreetMap contributors (ODbL)";

    public string ViewBox { get; }

    /// <summary>SVG path data by plate code (1-81).</summary>
    public IReadOnlyDictionary<int, string> Paths { get; }

    public static ProvinceMap Load()
    {
        using var stream = typeof(ProvinceMap).Assembly.GetManifestResourceStream("LabourHub.Web.Reports.province-paths.json")
            ?? throw new InvalidOperationException("The province map resource is missing.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var paths = root.GetProperty("provinces").EnumerateObject()
            .ToDictionary(p => int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture), p => p.Value.GetString() ?? string.Empty);
        return new ProvinceMap(root.GetProperty("viewBox").GetString() ?? "0 0 1000 450", paths);
    }
}
