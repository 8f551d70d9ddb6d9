namespace LabourHub.Domain.Identifiers;

/// <summary>Strongly typed id over a version-7 GUID: sortable by creation, never sequential in URLs.</summary>
public readonly record struct EmployerId(Guid Value)
{
    public static EmployerId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
