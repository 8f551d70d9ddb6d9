using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Vacancies;

/// <summary>A language the job needs (ISO 639-1) and the lowest CEFR level that will do.</summary>
public sealed record LanguageRequirement(string LanguageCode, CefrLevel Minimum);
