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

    [RegularExpression("^[a-z]{2}$", ErrorMessage = "Validation.Language")]
    public string? Language { get; set; }

    [RegularExpression("^(A1|A2|B1|B2|C1|C2)$", ErrorMessage = "DomainError.cefr.unknown")]
    public string? LanguageLevel { get; set; }

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
        Languages = string.IsNullOrEmpty(Language) || string.IsNullOrEmpty(LanguageLevel) ? [] : [(Language, LanguageLevel)],
    };

    public static VacancyFormInput From(Vacancy vacancy)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        var language = vacancy.Languages.Count > 0 ? vacancy.Languages[0] : null;
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
            Language = language?.LanguageCode,
            LanguageLevel = language?.Minimum.Code,
        };
    }
}

public sealed record VacancyEditViewModel(Guid? Id, VacancyFormInput Input, IReadOnlyList<LabourHub.Domain.Reference.Province> Provinces, decimal? MinimumWage, VacancyStatus Status);
