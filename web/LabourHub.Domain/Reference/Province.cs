namespace LabourHub.Domain.Reference;

/// <summary>One of Türkiye's 81 provinces (il), keyed by its licence-plate code.</summary>
public sealed class Province
{
    public const int Count = 81;

    public required int Code { get; init; }
    public required string Name { get; init; }
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }

    public static bool IsValidCode(int code) => code is >= 1 and <= Count;
}
