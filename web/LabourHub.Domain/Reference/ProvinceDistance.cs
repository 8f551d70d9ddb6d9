namespace LabourHub.Domain.Reference;

/// <summary>Road distance in kilometres between two provincial capitals.</summary>
public sealed class ProvinceDistance
{
    public required int FromProvinceCode { get; init; }
    public required int ToProvinceCode { get; init; }
    public required int Kilometres { get; init; }
}
