using System.ComponentModel.DataAnnotations;
using LabourHub.Application.Common;
using LabourHub.Application.Vacancies.SearchVacancies;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Models;

/// <summary>The vacancy search's query string, shared by the page and the API.</summary>
public sealed class VacancyFilter : IValidatableObject
{
    public const int MaxRadiusKm = 500;

    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    public string? Q { get; set; }

    [Range(1, 81, ErrorMessage = "Validation.Province")]
    public int? Province { get; set; }

    [RegularExpression("^[0-9]{1,4}$", ErrorMessage = "Validation.Isco")]
    public string? Isco { get; set; }

    [RegularExpression("^[A-Ua-u]$", ErrorMessage = "Validation.Sector")]
    public string? Sector { get; set; }

    /// <summary>Centre of the circle (decimal degrees); with lon and radiusKm.</summary>
    [Range(-90.0, 90.0, ErrorMessage = "Validation.Latitude")]
    public double? Lat { get; set; }

    [Range(-180.0, 180.0, ErrorMessage = "Validation.Longitude")]
    public double? Lon { get; set; }

    [Range(1.0, MaxRadiusKm, ErrorMessage = "Validation.Radius")]
    public double? RadiusKm { get; set; }

    /// <summary>The page's way to draw the circle: the centre of a province (plate code) instead of coordinates.</summary>
    [Range(1, 81, ErrorMessage = "Validation.Province")]
    public int? Near { get; set; }

    /// <summary>relevance (the default with words), newest (the default without), or distance.</summary>
    [RegularExpression("^(relevance|newest|distance)$", ErrorMessage = "Validation.Sort")]
    public string? Sort { get; set; }

    /// <summary>Comma-separated counts to return: province, sector, isco.</summary>
    [RegularExpression("^(province|sector|isco)(,(province|sector|isco))*$", ErrorMessage = "Validation.Facets")]
    public string? Facets { get; set; }

    [Range(1, Paging.MaxPage, ErrorMessage = "Validation.Page")]
    public int Page { get; set; } = 1;

    [Range(1, Paging.MaxPageSize, ErrorMessage = "Validation.PageSize")]
    public int PageSize { get; set; } = Paging.DefaultPageSize;

    /// <summary>The "next" cursor of the previous response, for paging beyond page numbers.</summary>
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    public string? After { get; set; }

    public bool HasCoordinates => Lat is not null || Lon is not null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        var localizer = (IStringLocalizer<SharedResource>?)validationContext.GetService(typeof(IStringLocalizer<SharedResource>));
        string Message(string key) => localizer?[key].Value ?? key;

        if (HasCoordinates && (Lat is null || Lon is null || RadiusKm is null))
        {
            yield return new ValidationResult(Message("Validation.GeoIncomplete"), [nameof(Lat), nameof(Lon), nameof(RadiusKm)]);
        }

        if (Sort == "distance" && !HasCoordinates && Near is null)
        {
            yield return new ValidationResult(Message("Validation.SortNeedsPlace"), [nameof(Sort)]);
        }

        if ((long)Page * PageSize > Paging.MaxWindow && After is null)
        {
            yield return new ValidationResult(Message("Validation.TooDeep"), [nameof(Page)]);
        }
    }

    public IReadOnlyList<string> FacetList() =>
        string.IsNullOrWhiteSpace(Facets) ? [] : Facets.Split(',', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();

    public VacancySort SortOrDefault() => Sort switch
    {
        "newest" => VacancySort.Newest,
        "distance" => VacancySort.Distance,
        "relevance" => VacancySort.Relevance,
        _ => string.IsNullOrWhiteSpace(Q) ? VacancySort.Newest : VacancySort.Relevance,
    };
}
