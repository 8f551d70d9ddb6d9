namespace LabourHub.Application.Protection.Rights;

/// <summary>The dated, sourced facts behind the workers' rights page (phone lines, rules), kept as reference data.</summary>
public interface IRightsFacts
{
    IReadOnlyList<RightsFact> All { get; }
}
