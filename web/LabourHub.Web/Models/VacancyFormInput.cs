using System.ComponentModel.DataAnnotations;
using LabourHub.Application.Employers.ManageVacancies;
using LabourHub.Domain.Vacancies;

namespace LabourHub.Web.Models;

/// <summary>The vacancy form as posted. Shape checks here; the domain decides the rest (wage floor, ISCO code).</summary>
public sealed class VacancyFormInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(150, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "ManageVacancy.TitleLabel")]
    public string? Title { get; set; }

    [StringLength(8000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "ManageVacancy.Description")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression("^[0-9]{1,4}$", ErrorMessage = "Validation.Isco")]
    [Display(Name = "ManageVacancy.Occupation")]
    public string? IscoCode { get; set; }

    [Range(1, 81, ErrorMessage = "Validation.Province")]
    public int ProvinceCode { get; set; }

    [StringLength(80, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "ManageVacancy.District")]
    public string? District { get; set; }

    [Range(0, 10_000_000, ErrorMessage = "Validation.Wage")]
    public decimal WageMin { get; set; }

    [Range(0, 10_000_000, ErrorMessage = "Validation.Wage")]
    public decimal WageMax { get; set; }

    [Range(1, 1000, ErrorMessage = "Validation.Positions")]
    public int Positions { get; set; } = 1;

    public Shift Shift { get; set; }

    public bool SeasonalAgriculture { get; set; }

    public DateOnly? ClosesOn { get; set; }

    public DateOnly? StartsOn { get; set; }

    /// <summary>The description in more languages; rows without text are ignored.</summary>
    public List<TranslationRow> Translations { get; set; } = [];

    /// <summary>Required languages, each with its minimum level; rows left empty are ignored.</summary>
    public List<LanguageRow> Languages { get; set; } = [];

    /// <summary>The skills offered on the form, each marked essential, optional or not needed.</summary>
    public List<VacancySkillRow> Skills { get; set; } = [];

    public VacancyForm ToForm() => new()
    {
        Title = Title ?? string.Empty,
        Description = Description ?? string.Empty,
        IscoCode = IscoCode ?? string.Empty,
        ProvinceCode = ProvinceCode,
        District = District,
        WageMin = WageMin,
        WageMax = WageMax,
        Positions = Positions,
        Shift = Shift,
        SeasonalAgriculture = SeasonalAgriculture,
        ClosesOn = ClosesOn,
        StartsOn = StartsOn,
        Translations = Translations.Where(t => !string.IsNullOrWhiteSpace(t.Description) && !string.IsNullOrWhiteSpace(t.Language)).Select(t => (t.Language!.Trim(), t.Description!)).ToList(),
        Languages = Languages.Where(l => !string.IsNullOrWhiteSpace(l.Code)).Select(l => (l.Code!.Trim(), l.Level ?? string.Empty)).DistinctBy(l => l.Item1).ToList(),
        EssentialSkillUris = Skills.Where(s => s.Need == SkillNeed.Essential && !string.IsNullOrEmpty(s.Uri)).Select(s => s.Uri!).ToList(),
        OptionalSkillUris = Skills.Where(s => s.Need == SkillNeed.Optional && !string.IsNullOrEmpty(s.Uri)).Select(s => s.Uri!).ToList(),
    };

    public IReadOnlyList<string> Essential => Skills.Where(s => s.Need == SkillNeed.Essential && s.Uri is not null).Select(s => s.Uri!).ToList();

    public IReadOnlyList<string> Optional => Skills.Where(s => s.Need == SkillNeed.Optional && s.Uri is not null).Select(s => s.Uri!).ToList();

    public static VacancyFormInput From(Vacancy vacancy)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        return new VacancyFormInput
        {
            Title = vacancy.Title,
            Description = vacancy.Description,
            IscoCode = vacancy.IscoCode,
            ProvinceCode = vacancy.ProvinceCode,
            District = vacancy.District,
            WageMin = vacancy.WageMin.Lira,
            WageMax = vacancy.WageMax.Lira,
            Positions = vacancy.Positions,
            Shift = vacancy.Shift,
            SeasonalAgriculture = vacancy.SeasonalAgriculture,
            ClosesOn = vacancy.ClosesOn,
            StartsOn = vacancy.StartsOn,
            Translations = vacancy.Translations.Select(t => new TranslationRow { Language = t.LanguageCode, Description = t.Description }).ToList(),
            Languages = vacancy.Languages.Select(l => new LanguageRow { Code = l.LanguageCode, Level = l.Minimum.Code }).ToList(),
            Skills =
            [
                .. vacancy.EssentialSkillUris.Select(u => new VacancySkillRow { Uri = u, Need = SkillNeed.Essential }),
                .. vacancy.OptionalSkillUris.Select(u => new VacancySkillRow { Uri = u, Need = SkillNeed.Optional }),
            ],
        };
    }
}

public sealed class TranslationRow
{
    public string? Language { get; set; }

    [StringLength(8000, ErrorMessage = "Validation.TooLong")]
    public string? Description { get; set; }
}

public sealed class VacancySkillRow
{
    public string? Uri { get; set; }
    public SkillNeed Need { get; set; }
}

public sealed record VacancyEditViewModel(Guid? Id, VacancyFormInput Input, IReadOnlyList<LabourHub.Domain.Reference.Province> Provinces, decimal? MinimumWage, VacancyStatus Status)
{
    public IReadOnlyList<VacancySkillChoice> SkillChoices { get; init; } = [];

    /// <summary>Red-flag categories screening found when the vacancy was last published (the reasons it is held).</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}
