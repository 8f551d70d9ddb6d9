namespace LabourHub.Application.Vacancies.GetVacancy;

/// <summary>A language a vacancy needs, named in the reader's language where we can, and its CEFR minimum.</summary>
public sealed record LanguageNeed(string Code, string Name, string MinimumLevel);
