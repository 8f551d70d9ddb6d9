namespace LabourHub.Search.Contract;

/// <summary>
/// One document as every provider indexes it. Texts are analysed for their language and folded (so "kaynakci"
/// finds "kaynakçı"); keywords are exact values to filter and count; the date and the location sort and filter.
/// </summary>
public sealed record SearchDocument
{
    public required string Id { get; init; }

    /// <summary>Analysed, searchable and highlightable text: a field name (title, body, occupation) in a language.</summary>
    public IReadOnlyList<SearchText> Texts { get; init; } = [];

    /// <summary>Exact values by field (province, district, isco, sector, language, access); a field may hold several.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The date the "newest first" sort and the "since" filter use (posting date, profile update).</summary>
    public DateTimeOffset? Date { get; init; }

    public GeoPoint? Location { get; init; }

    public IReadOnlyList<string> KeywordValues(string field) =>
        Keywords.TryGetValue(field, out var values) ? values : [];
}

/// <summary>A piece of text in one language: tr, ar, fa or en (others are treated as en).</summary>
public sealed record SearchText(string Field, string Text, string Language);

/// <summary>A point on the earth in decimal degrees (WGS 84).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371.0088;

    public bool IsValid => Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;

    /// <summary>Great-circle distance in kilometres (haversine).</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        var dLat = DegreesToRadians(other.Latitude - Latitude);
        var dLon = DegreesToRadians(other.Longitude - Longitude);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(DegreesToRadians(Latitude)) * Math.Cos(DegreesToRadians(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
