namespace LabourHub.Domain.Identifiers;

/// <summary>Strongly typed id of a placement (one offer's path to registered employment), a version-7 GUID.</summary>
public readonly record struct PlacementId(Guid Value)
{
    public static PlacementId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
