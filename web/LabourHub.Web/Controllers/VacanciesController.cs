using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Application.Vacancies.GetVacancy;
using LabourHub.Application.Vacancies.ListVacancies;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

[AllowAnonymous]
[Route("vacancies")]
public sealed class VacanciesController(ListVacanciesHandler list, GetVacancyHandler get, IReferenceCatalogue catalogue) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(VacancyFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!ModelState.IsValid)
        {
            // Keep what the user typed on screen with the messages; list with the filters that were valid.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            filter = Sanitise(filter);
        }

        var result = await list.HandleAsync(ToQuery(filter), cancellationToken);
        return View(new VacancyListViewModel(filter, result, catalogue.Provinces, catalogue.NaceSections, CultureLanguage.Current));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var vacancy = await get.HandleAsync(id, cancellationToken);
        return vacancy is null ? NotFound() : View(vacancy);
    }

    internal static ListVacanciesQuery ToQuery(VacancyFilter filter) => new()
    {
        Text = filter.Q,
        ProvinceCode = filter.Province,
        IscoPrefix = filter.Isco,
        NaceSection = filter.Sector,
        Page = filter.Page,
        PageSize = filter.PageSize,
    };

    private VacancyFilter Sanitise(VacancyFilter filter) => new()
    {
        Q = ModelState.GetFieldValidationState(nameof(filter.Q)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid ? null : filter.Q,
        Province = filter.Province is >= 1 and <= 81 ? filter.Province : null,
        Isco = ModelState.GetFieldValidationState(nameof(filter.Isco)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid ? null : filter.Isco,
        Sector = ModelState.GetFieldValidationState(nameof(filter.Sector)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid ? null : filter.Sector,
        Page = Paging.IsValid(filter.Page, Paging.DefaultPageSize) ? filter.Page : 1,
        PageSize = Paging.IsValid(1, filter.PageSize) ? filter.PageSize : Paging.DefaultPageSize,
    };
}
