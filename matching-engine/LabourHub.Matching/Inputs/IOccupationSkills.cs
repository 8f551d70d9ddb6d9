namespace LabourHub.Matching.Inputs;

/// <summary>
/// The ESCO occupation–skill relations, seen by ISCO-08 unit group: the skills ESCO marks essential for the occupations
/// of a group. Filled from outside (Infrastructure reads ESCO's relations file); the engine only looks things up.
/// </summary>
public interface IOccupationSkills
{
    /// <summary>ESCO skill URIs essential for the occupations of this unit group; empty when none are known.</summary>
    IReadOnlyCollection<string> EssentialFor(string iscoCode);
}
