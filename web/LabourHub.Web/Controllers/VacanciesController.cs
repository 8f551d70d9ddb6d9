using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Application.Vacancies.GetVacancy;
using LabourHub.Application.Vacancies.SearchVacancies;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

[AllowAnonymous]
[Route("vacancies")]
public sealed class VacanciesController(
    SearchVacanciesHandler search,
    GetVacancyHandler get,
    IReferenceCatalogue catalogue,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>Default radius when the page draws the circle around a province's centre.</summary>
    private const double DefaultRadiusKm = 50;

    [HttpGet("")]
    [OutputCache(PolicyName = Infrastructure.PublicPageCache.SearchPolicy)]
    public async Task<IActionResult> Index(VacancyFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!ModelState.IsValid)
        {
            // Keep what the user typed on screen with the messages; list with the filters that were valid.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            filter = Sanitise(filter);
        }

        filter.Facets = string.Join(',', VacancyFacets.All);
        VacancySearchResult result;
        try
        {
            result = await search.HandleAsync(ToQuery(filter, catalogue), cancellationToken);
        }
        catch (SearchQueryRejectedException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ModelState.AddModelError(nameof(filter.After), localizer[e.Message]);
            filter.After = null;
            result = await search.HandleAsync(ToQuery(filter, catalogue), cancellationToken);
        }

        return View(new VacancyListViewModel(filter, result, catalogue.Provinces, catalogue.NaceSections, CultureLanguage.Current));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var vacancy = await get.HandleAsync(id, cancellationToken);
        return vacancy is null ? NotFound() : View(vacancy);
    }

    internal static VacancySearchQuery ToQuery(VacancyFilter filter, IReferenceCatalogue catalogue)
    {
        GeoCircle? near = null;
        if (filter is { Lat: { } lat, Lon: { } lon, RadiusKm: { } radius })
        {
            near = new GeoCircle(lat, lon, radius);
        }
        else if (filter.Near is { } province)
        {
            var centre = catalogue.LocationOf(province, null);
            near = new GeoCircle(centre.Latitude, centre.Longitude, filter.RadiusKm ?? DefaultRadiusKm);
        }

        return new VacancySearchQuery
        {
            Text = filter.Q,
            ProvinceCode = filter.Province,
            IscoPrefix = filter.Isco,
            NaceSection = filter.Sector,
            Near = near,
            Sort = near is null && filter.SortOrDefault() == VacancySort.Distance ? VacancySort.Newest : filter.SortOrDefault(),
            Facets = filter.FacetList(),
            Page = filter.Page,
            PageSize = filter.PageSize,
            After = filter.After,
        };
    }

    private VacancyFilter Sanitise(VacancyFilter filter)
    {
        string? Keep(string? value, string key) => ModelState.GetFieldValidationState(key) == ModelValidationState.Invalid ? null : value;
        var geoValid = ModelState.GetFieldValidationState(nameof(filter.Lat)) != ModelValidationState.Invalid
            && ModelState.GetFieldValidationState(nameof(filter.RadiusKm)) != ModelValidationState.Invalid
            && filter.Lat is not null && filter.Lon is not null && filter.RadiusKm is not null;
        return new VacancyFilter
        {
            Q = Keep(filter.Q, nameof(filter.Q)),
            Province = filter.Province is >= 1 and <= 81 ? filter.Province : null,
            Isco = Keep(filter.Isco, nameof(filter.Isco)),
            Sector = Keep(filter.Sector, nameof(filter.Sector)),
            Lat = geoValid ? filter.Lat : null,
            Lon = geoValid ? filter.Lon : null,
            RadiusKm = ModelState.GetFieldValidationState(nameof(filter.RadiusKm)) == ModelValidationState.Invalid ? null : filter.RadiusKm,
            Near = filter.Near is >= 1 and <= 81 ? filter.Near : null,
            Sort = Keep(filter.Sort, nameof(filter.Sort)) is "distance" && !geoValid && filter.Near is null ? null : Keep(filter.Sort, nameof(filter.Sort)),
            Page = Paging.IsValid(filter.Page, Paging.DefaultPageSize) && (long)filter.Page * filter.PageSize <= Paging.MaxWindow ? filter.Page : 1,
            PageSize = Paging.IsValid(1, filter.PageSize) ? filter.PageSize : Paging.DefaultPageSize,
        };
    }
}
