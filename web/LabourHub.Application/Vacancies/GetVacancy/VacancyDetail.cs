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
    IReadOnlyList<LanguageNeed> Languages)
{
    /// <summary>The language <see cref="Description"/> is in: the reader's when the employer wrote it in theirs, else null (the original).</summary>
    public string? DescriptionLanguage { get; init; }

    /// <summary>Other languages the description exists in.</summary>
    public IReadOnlyList<string> OtherLanguages { get; init; } = [];

    public DateOnly? StartsOn { get; init; }

    /// <summary>The business, for its trust signals and for reporting it.</summary>
    public Guid EmployerId { get; init; }
}
