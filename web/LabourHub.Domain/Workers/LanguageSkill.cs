using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Workers;

/// <summary>A language a person speaks (ISO 639-1 code) with their CEFR self-assessment.</summary>
public sealed record LanguageSkill(string LanguageCode, CefrLevel Level);
