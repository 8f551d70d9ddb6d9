namespace LabourHub.Domain.Vacancies;

/// <summary>The vacancy's description in one more language (ISO 639-1), as the employer wrote it.</summary>
public sealed record VacancyTranslation(string LanguageCode, string Description);
