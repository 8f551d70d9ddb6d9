using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Vacancies;

/// <summary>What an employer writes when posting a vacancy; validated by <see cref="Vacancy.Post"/>.</summary>
public sealed record VacancyDetails
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required IscoCode Occupation { get; init; }
    public IReadOnlyList<string> EssentialSkillUris { get; init; } = [];
    public IReadOnlyList<string> OptionalSkillUris { get; init; } = [];
    public IReadOnlyList<LanguageRequirement> Languages { get; init; } = [];
    public required int ProvinceCode { get; init; }
    public string? District { get; init; }
    public required Money WageMin { get; init; }
    public required Money WageMax { get; init; }
    public int Positions { get; init; } = 1;
    public Shift Shift { get; init; }
    public bool SeasonalAgriculture { get; init; }
    public DateOnly? ClosesOn { get; init; }
    public DateOnly? StartsOn { get; init; }
    public IReadOnlyList<VacancyTranslation> Translations { get; init; } = [];
}
