using LabourHub.Application.Matching.Shortlist;
using LabourHub.Domain.Vacancies;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Web.Controllers;

/// <summary>The business's open vacancies and, for each, the ranked and explained shortlist of people it may see.</summary>
[Authorize(Roles = Roles.EmployerOwner + "," + Roles.EmployerRecruiter)]
[Route("employer/vacancies")]
public sealed class EmployerVacanciesController(LabourHubDbContext db, IShortlist shortlist) : Controller
{
    public const int Shown = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (OwnerWithoutMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Femployer%2Fvacancies");
        }

        var caller = Caller;
        var vacancies = await (from v in db.Vacancies.AsNoTracking()
                               join e in db.Employers.AsNoTracking() on v.EmployerId equals e.Id
                               where v.Status == VacancyStatus.Open
                                     && (e.OwnerUserId == caller || db.EmployerMembers.Any(m => m.EmployerId == e.Id && m.UserId == caller))
                               orderby v.PostedAt descending
                               select new EmployerVacancyRow(v.Id.Value, v.Title, v.Positions)).ToListAsync(cancellationToken);
        return View(vacancies);
    }

    [HttpGet("{id:guid}/shortlist")]
    public async Task<IActionResult> Shortlist(Guid id, CancellationToken cancellationToken)
    {
        if (OwnerWithoutMfa)
        {
            return LocalRedirect("/account/mfa/setup");
        }

        var result = await shortlist.RankAsync(id, Caller, Shown, cancellationToken);
        return result is null ? NotFound() : View(result);
    }

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;

    private bool OwnerWithoutMfa => User.IsInRole(Roles.EmployerOwner) && !User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);
}
