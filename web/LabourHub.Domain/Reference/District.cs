namespace LabourHub.Domain.Reference;

/// <summary>A district (ilçe) of a province; coordinates are missing for a few.</summary>
public sealed class District
{
    public int Id { get; init; }
    public required int ProvinceCode { get; init; }
    public required string Name { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
}
