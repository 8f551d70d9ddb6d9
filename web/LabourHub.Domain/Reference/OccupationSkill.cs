namespace LabourHub.Domain.Reference;

/// <summary>ESCO's statement that an occupation needs a skill, essentially or optionally.</summary>
public sealed class OccupationSkill
{
    public required string OccupationUri { get; init; }
    public required string SkillUri { get; init; }
    public required bool Essential { get; init; }
}
