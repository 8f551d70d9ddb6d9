namespace LabourHub.Application.Vacancies.GetVacancy;

/// <summary>Everything the public vacancy page shows.</summary>
public sealed record VacancyDetail(
    VacancySummary Summary,
    string Description,
    string EmployerSector,
    bool SeasonalAgriculture,
    DateOnly? ClosesOn,
    IReadOnlyList<string> EssentialSkills,
    IReadOnlyList<string> OptionalSkills,
    IReadOnlyList<LanguageNeed> Languages);
