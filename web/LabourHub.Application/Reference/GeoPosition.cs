namespace LabourHub.Application.Reference;

/// <summary>A place on the map in decimal degrees: a district's centre, or its province's where the district is unknown.</summary>
public readonly record struct GeoPosition(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance in kilometres (haversine), the same figure the search engines use.</summary>
    public double DistanceKmTo(double latitude, double longitude)
    {
        var dLat = Radians(latitude - Latitude);
        var dLon = Radians(longitude - Longitude);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(Latitude)) * Math.Cos(Radians(latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
