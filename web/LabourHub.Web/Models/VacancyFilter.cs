using System.ComponentModel.DataAnnotations;
using LabourHub.Application.Common;

namespace LabourHub.Web.Models;

/// <summary>The vacancy list's query string, shared by the page and the API.</summary>
public sealed class VacancyFilter
{
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    public string? Q { get; set; }

    [Range(1, 81, ErrorMessage = "Validation.Province")]
    public int? Province { get; set; }

    [RegularExpression("^[0-9]{1,4}$", ErrorMessage = "Validation.Isco")]
    public string? Isco { get; set; }

    [RegularExpression("^[A-Ua-u]$", ErrorMessage = "Validation.Sector")]
    public string? Sector { get; set; }

    [Range(1, Paging.MaxPage, ErrorMessage = "Validation.Page")]
    public int Page { get; set; } = 1;

    [Range(1, Paging.MaxPageSize, ErrorMessage = "Validation.PageSize")]
    public int PageSize { get; set; } = Paging.DefaultPageSize;
}
