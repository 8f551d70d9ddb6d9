using System.ComponentModel.DataAnnotations;
using LabourHub.Application.Common;

namespace LabourHub.Web.Models;

/// <summary>The employer's candidate search form.</summary>
public sealed class CandidateFilter
{
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    public string? Q { get; set; }

    [RegularExpression("^[0-9]{1,4}$", ErrorMessage = "Validation.Isco")]
    public string? Isco { get; set; }

    [Range(1, 81, ErrorMessage = "Validation.Province")]
    public int? Province { get; set; }

    [RegularExpression("^[a-z]{2}$", ErrorMessage = "Validation.Language")]
    public string? Language { get; set; }

    public bool PermitReady { get; set; }

    [Range(1, 81, ErrorMessage = "Validation.Province")]
    public int? Near { get; set; }

    [Range(1.0, VacancyFilter.MaxRadiusKm, ErrorMessage = "Validation.Radius")]
    public double? RadiusKm { get; set; }

    [Range(1, 500, ErrorMessage = "Validation.Page")]
    public int Page { get; set; } = 1;

    public int PageSize => Paging.DefaultPageSize;
}
