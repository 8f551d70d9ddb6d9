namespace LabourHub.Domain.Reference;

/// <summary>An ESCO v1.1.1 skill or knowledge concept.</summary>
public sealed class EscoSkill
{
    public required string Uri { get; init; }
    public required string PreferredLabel { get; init; }

    /// <summary>"skill/competence" or "knowledge".</summary>
    public required string SkillType { get; init; }

    public string AltLabels { get; init; } = string.Empty;
}
