using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Application.Vacancies.SearchVacancies;
using LabourHub.Web.Controllers;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Api;

/// <summary>Open vacancies as JSON, for partner systems and the mobile app.</summary>
[ApiController]
[Route("api/v1/vacancies")]
[AllowAnonymous]
public sealed class VacanciesApiController(SearchVacanciesHandler search, IReferenceCatalogue catalogue, IStringLocalizer<SharedResource> localizer) : ControllerBase
{
    /// <summary>
    /// Searches open vacancies: free text (typo tolerant, with or without Turkish letters), filters, a radius around a
    /// point, facet counts, sorting and paging. Wages are net monthly amounts in TRY. When the search engine is down
    /// the database answers with the same filters and <c>source</c> is "database".
    /// </summary>
    /// <param name="filter">q: free text; province: plate code 1-81; isco: ISCO-08 prefix; sector: NACE section;
    /// lat, lon, radiusKm: a circle (all three together, radius 1-500 km); sort: relevance, newest or distance;
    /// facets: any of province,sector,isco; page from 1 and pageSize 1-100 (page x pageSize at most 10,000);
    /// after: the previous response's next cursor, for deeper paging.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<VacancySearchResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<VacancySearchResponse>> List([FromQuery] VacancyFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        try
        {
            var result = await search.HandleAsync(VacanciesController.ToQuery(filter, catalogue), cancellationToken);
            return VacancySearchResponse.From(result);
        }
        catch (SearchQueryRejectedException e)
        {
            ModelState.AddModelError(nameof(filter.After), localizer[e.Message]);
            return ValidationProblem(ModelState);
        }
    }
}
