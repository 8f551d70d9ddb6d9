using LabourHub.Application.Common;
using LabourHub.Application.Vacancies;
using LabourHub.Application.Vacancies.ListVacancies;
using LabourHub.Web.Controllers;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Api;

/// <summary>Open vacancies as JSON, for partner systems and the mobile app.</summary>
[ApiController]
[Route("api/v1/vacancies")]
[AllowAnonymous]
public sealed class VacanciesApiController(ListVacanciesHandler list) : ControllerBase
{
    /// <summary>Lists open vacancies, newest first. Wages are net monthly amounts in TRY.</summary>
    /// <param name="filter">q: free text; province: plate code 1-81; isco: ISCO-08 prefix; sector: NACE section; page from 1; pageSize 1-100.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<PagedResponse<VacancySummary>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<PagedResponse<VacancySummary>>> List([FromQuery] VacancyFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var result = await list.HandleAsync(VacanciesController.ToQuery(filter), cancellationToken);
        return new PagedResponse<VacancySummary>(result.Items, result.Total, result.Page, result.PageSize);
    }
}
