using LabourHub.Application.Common;
using LabourHub.Application.Employers.SearchCandidates;
using LabourHub.Application.Reference;
using LabourHub.Application.Vacancies.SearchVacancies;
using LabourHub.Identity.Accounts;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>
/// People an employer may find: those who chose to be found, and those who applied to the business. Professional
/// facts only, no names or contacts; the access rule is part of the search query itself.
/// </summary>
[Authorize(Roles = Roles.EmployerOwner + "," + Roles.EmployerRecruiter)]
[Route("employer/candidates")]
public sealed class EmployerCandidatesController(SearchCandidatesHandler search, IReferenceCatalogue catalogue) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CandidateFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (User.IsInRole(Roles.EmployerOwner) && !User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa))
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Femployer%2Fcandidates");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new CandidateListViewModel(filter, null, catalogue.Provinces));
        }

        GeoCircle? near = null;
        if (filter.Near is { } province)
        {
            var centre = catalogue.LocationOf(province, null);
            near = new GeoCircle(centre.Latitude, centre.Longitude, filter.RadiusKm ?? 50);
        }

        var result = await search.HandleAsync(new CandidateSearchQuery
        {
            Text = filter.Q,
            IscoPrefix = filter.Isco,
            ProvinceCode = filter.Province,
            LanguageCode = filter.Language,
            PermitReadyOnly = filter.PermitReady,
            Near = near,
            Page = filter.Page,
            PageSize = filter.PageSize,
        }, User.FindFirst("sub")?.Value ?? string.Empty, cancellationToken);
        return result is null ? NotFound() : View(new CandidateListViewModel(filter, result, catalogue.Provinces));
    }
}
