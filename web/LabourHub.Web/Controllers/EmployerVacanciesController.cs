using LabourHub.Application.Employers;
using LabourHub.Application.Employers.Applicants;
using LabourHub.Application.Employers.ManageVacancies;
using LabourHub.Application.Matching.Shortlist;
using LabourHub.Application.Reference;
using LabourHub.Web.Infrastructure;
using LabourHub.Domain.Vacancies;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>The business's open vacancies and, for each, the ranked and explained shortlist of people it may see.</summary>
[Authorize(Roles = Roles.EmployerOwner + "," + Roles.EmployerRecruiter)]
[Route("employer/vacancies")]
public sealed class EmployerVacanciesController(
    LabourHubDbContext db,
    IShortlist shortlist,
    ManageVacanciesHandler manage,
    ApplicantsHandler applicants,
    IReferenceCatalogue catalogue,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    public const int Shown = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (OwnerWithoutMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Femployer%2Fvacancies");
        }

        var mine = CallerBusinesses.Of(db, Caller);
        var vacancies = await db.Vacancies.AsNoTracking()
            .Where(v => mine.Contains(v.EmployerId) && (v.Status == VacancyStatus.Open || v.Status == VacancyStatus.Draft || v.Status == VacancyStatus.HeldForReview || v.Status == VacancyStatus.Paused))
            .OrderBy(v => v.Status)
            .ThenByDescending(v => v.PostedAt)
            .Select(v => new EmployerVacancyRow(v.Id.Value, v.Title, v.Positions, v.Status))
            .ToListAsync(cancellationToken);
        return View(vacancies);
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        if (OwnerWithoutMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Femployer%2Fvacancies%2Fnew");
        }

        return View("Edit", await EditModelAsync(null, new VacancyFormInput(), VacancyStatus.Draft, cancellationToken));
    }

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New(VacancyFormInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (OwnerWithoutMfa)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var (id, problem) = await manage.CreateDraftAsync(input.ToForm(), Caller, cancellationToken);
            if (problem is null)
            {
                return LocalRedirect($"/employer/vacancies/{id}/edit?saved=1");
            }

            AddProblem(problem);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await EditModelAsync(null, input, VacancyStatus.Draft, cancellationToken));
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        if (OwnerWithoutMfa)
        {
            return LocalRedirect("/account/mfa/setup");
        }

        var vacancy = await manage.FindAsync(id, Caller, cancellationToken);
        return vacancy is null ? NotFound() : View(await EditModelAsync(id, VacancyFormInput.From(vacancy), vacancy.Status, cancellationToken));
    }

    [HttpPost("{id:guid}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(Guid id, VacancyFormInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (OwnerWithoutMfa)
        {
            return Forbid();
        }

        var vacancy = await manage.FindAsync(id, Caller, cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var problem = await manage.EditAsync(id, input.ToForm(), Caller, cancellationToken);
            if (problem is null)
            {
                return LocalRedirect($"/employer/vacancies/{id}/edit?saved=1");
            }

            AddProblem(problem);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await EditModelAsync(id, input, vacancy.Status, cancellationToken));
    }

    [HttpPost("{id:guid}/publish")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Publish(Guid id, CancellationToken cancellationToken)
    {
        if (OwnerWithoutMfa)
        {
            return Forbid();
        }

        var problem = await manage.PublishAsync(id, Caller, cancellationToken);
        if (problem is null)
        {
            return LocalRedirect("/employer/vacancies?published=1");
        }

        if (problem.Code == "vacancy.not_found")
        {
            return NotFound();
        }

        if (problem.Code == "vacancy.held")
        {
            return LocalRedirect($"/employer/vacancies/{id}/edit?held=1");
        }

        var vacancy = (await manage.FindAsync(id, Caller, cancellationToken))!;
        AddProblem(problem);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await EditModelAsync(id, VacancyFormInput.From(vacancy), vacancy.Status, cancellationToken));
    }

    [HttpPost("{id:guid}/close")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Close(Guid id, CancellationToken cancellationToken)
    {
        if (OwnerWithoutMfa)
        {
            return Forbid();
        }

        var problem = await manage.CloseAsync(id, Caller, cancellationToken);
        return problem?.Code == "vacancy.not_found" ? NotFound() : LocalRedirect("/employer/vacancies?closed=1");
    }

    [HttpGet("{id:guid}/applicants")]
    public async Task<IActionResult> Applicants(Guid id, CancellationToken cancellationToken)
    {
        if (OwnerWithoutMfa)
        {
            return LocalRedirect("/account/mfa/setup");
        }

        var list = await applicants.ListAsync(id, Caller, cancellationToken);
        return list is null ? NotFound() : View(list);
    }

    [HttpPost("{id:guid}/applicants/{applicationId:guid}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> MoveApplicant(Guid id, Guid applicationId, [FromForm] ApplicantAction action, [FromForm] string? reason, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        if (OwnerWithoutMfa)
        {
            return Forbid();
        }

        var problem = await applicants.MoveAsync(id, applicationId, action, reason, version, Caller, cancellationToken);
        if (problem is null)
        {
            return LocalRedirect($"/employer/vacancies/{id}/applicants?moved=1");
        }

        if (problem == "application.not_found")
        {
            return NotFound();
        }

        var list = await applicants.ListAsync(id, Caller, cancellationToken);
        ModelState.AddModelError(string.Empty, localizer["DomainError." + problem]);
        Response.StatusCode = problem == "application.changed" ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View("Applicants", list);
    }

    private async Task<VacancyEditViewModel> EditModelAsync(Guid? id, VacancyFormInput input, VacancyStatus status, CancellationToken cancellationToken) =>
        new(id, input, catalogue.Provinces, await manage.MinimumWageTodayAsync(cancellationToken), status)
        {
            SkillChoices = await manage.SkillChoicesAsync(input.IscoCode, input.Essential, input.Optional, cancellationToken),
            Flags = id is { } key ? (await manage.FindAsync(key, Caller, cancellationToken))?.Flags ?? [] : [],
        };

    private void AddProblem(VacancyProblem problem)
    {
        var message = problem.MinimumWageLira is { } minimum
            ? localizer["DomainError." + problem.Code, Display.Lira(minimum)]
            : localizer["DomainError." + problem.Code];
        ModelState.AddModelError(string.Empty, message);
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
