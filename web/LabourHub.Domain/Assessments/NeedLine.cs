using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Assessments;

/// <summary>One occupation the assessment says is needed, with how many people and at what wage.</summary>
public sealed record NeedLine
{
    public required string IscoCode { get; init; }
    public required int NeededCount { get; init; }
    public Money WageMin { get; init; }
    public Money WageMax { get; init; }
    public IReadOnlyList<string> RequiredSkillUris { get; init; } = [];
    public IReadOnlyList<string> LanguageCodes { get; init; } = [];
    public IReadOnlyList<HardToFillReason> HardToFillReasons { get; init; } = [];
}
