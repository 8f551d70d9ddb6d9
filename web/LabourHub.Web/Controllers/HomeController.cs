using System.Diagnostics;
using LabourHub.Application.Common;
using LabourHub.Application.Marketplace.GetMarketplaceCounts;
using LabourHub.Application.Vacancies.SearchVacancies;
using LabourHub.Web.Localization;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

[AllowAnonymous]
public sealed class HomeController(GetMarketplaceCountsHandler counts, SearchVacanciesHandler vacancies) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var figures = await counts.HandleAsync(cancellationToken);
        var latest = await vacancies.HandleAsync(new VacancySearchQuery { Sort = VacancySort.Newest, PageSize = 6 }, cancellationToken);
        return View(new HomeViewModel(figures, latest.Items.Select(i => i.Vacancy).ToList()));
    }

    // Any method: a failed POST is re-executed here as a POST.
    [Route("/error")]
    [Route("/error/{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error(int? statusCode)
    {
        var code = statusCode ?? StatusCodes.Status500InternalServerError;
        var traceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        Response.StatusCode = code;
        if (original?.StartsWith("/api/", StringComparison.Ordinal) == true)
        {
            return Problem(statusCode: code);
        }

        return View("Error", new ErrorViewModel(code, traceId));
    }
}
