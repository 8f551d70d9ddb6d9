namespace LabourHub.Domain.Identifiers;

/// <summary>Strongly typed id over a version-7 GUID: sortable by creation, never sequential in URLs.</summary>
public readonly record struct AssessmentId(Guid Value)
{
    public static AssessmentId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
