using LabourHub.Domain.Vacancies;

namespace LabourHub.Application.Employers.ManageVacancies;

/// <summary>What the employer typed in the vacancy form; wages are net monthly TRY as written (kuruş allowed).</summary>
public sealed record VacancyForm
{
    public string Title { get; init; } = string.Empty;
    public string Description { get; init; } = string.Empty;
    public string IscoCode { get; init; } = string.Empty;
    public int ProvinceCode { get; init; }
    public string? District { get; init; }
    public decimal WageMin { get; init; }
    public decimal WageMax { get; init; }
    public int Positions { get; init; } = 1;
    public Shift Shift { get; init; }
    public bool SeasonalAgriculture { get; init; }
    public DateOnly? ClosesOn { get; init; }
    public DateOnly? StartsOn { get; init; }

    /// <summary>The description in more languages, e.g. ("ar", "...").</summary>
    public IReadOnlyList<(string Language, string Description)> Translations { get; init; } = [];

    /// <summary>Required languages with their minimum CEFR level, e.g. ("tr", "B1").</summary>
    public IReadOnlyList<(string Language, string Level)> Languages { get; init; } = [];

    /// <summary>ESCO skills a candidate must have, and skills that help.</summary>
    public IReadOnlyList<string> EssentialSkillUris { get; init; } = [];

    public IReadOnlyList<string> OptionalSkillUris { get; init; } = [];
}

/// <summary>A failed vacancy command: the domain error code, and the minimum wage in force when the wage was too low.</summary>
public sealed record VacancyProblem(string Code, decimal? MinimumWageLira = null);
