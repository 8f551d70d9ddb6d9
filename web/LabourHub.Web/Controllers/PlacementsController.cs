using LabourHub.Application.Employers.ManageVacancies;
using LabourHub.Application.Workflow;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workflow;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Web.Models;
using LabourHub.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Web.Controllers;

/// <summary>
/// Registered employment, step by step: the employer's offer, the worker's answer, the contract both sign, the permit,
/// the SGK notice, the start and the end. Every form carries an idempotency key and the version it was drawn from;
/// the page answers 409 when the placement moved on, and 400 with the rule when a step is blocked.
/// </summary>
[Authorize]
public sealed class PlacementsController(
    PlacementCommandsHandler commands,
    PlacementQueries queries,
    ManageVacanciesHandler vacancies,
    PlacementDocumentsHandler documents,
    LabourHubDbContext db,
    TimeProvider clock) : Controller
{
    [HttpGet("placements")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.ListAsync(Caller, cancellationToken));

    [HttpGet("placements/{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var view = await queries.GetAsync(id, Caller, cancellationToken);
        return view is null ? NotFound() : View(new PlacementPageModel(view, null, false) { Documents = await documents.ListAsync(id, cancellationToken) });
    }

    [HttpGet("placements/{id:guid}/contract")]
    public async Task<IActionResult> Contract(Guid id, string? lang, CancellationToken cancellationToken)
    {
        var view = await queries.GetAsync(id, Caller, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        ViewData["ContractLanguage"] = lang == "ar" ? "ar" : "tr";
        return View(view);
    }

    [HttpGet("placements/{id:guid}/audit")]
    public async Task<IActionResult> Audit(Guid id, CancellationToken cancellationToken)
    {
        var audit = await queries.AuditAsync(id, Caller, cancellationToken);
        if (audit is null)
        {
            return NotFound();
        }

        ViewData["PlacementId"] = id;
        return View(audit.Value);
    }

    [HttpGet("employer/applications/{applicationId:guid}/offer")]
    [Authorize(Roles = Roles.EmployerOwner + "," + Roles.EmployerRecruiter)]
    public async Task<IActionResult> Offer(Guid applicationId, CancellationToken cancellationToken)
    {
        var vacancy = await VacancyOfAsync(applicationId, cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        var today = TurkeyCalendar.Today(clock);
        var input = new OfferInput
        {
            PositionTitle = vacancy.Title,
            Wage = vacancy.WageMin.Lira,
            StartDate = vacancy.StartsOn ?? today.AddDays(30),
            OfferValidUntil = today.AddDays(7),
        };
        return View(new OfferViewModel(applicationId, vacancy.Title, input, await vacancies.MinimumWageTodayAsync(cancellationToken), null));
    }

    [HttpPost("employer/applications/{applicationId:guid}/offer")]
    [Authorize(Roles = Roles.EmployerOwner + "," + Roles.EmployerRecruiter)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Offer(Guid applicationId, OfferInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var vacancy = await VacancyOfAsync(applicationId, cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        var wage = Money.FromLira(input.Wage);
        CommandOutcome outcome;
        if (!wage.IsSuccess || input.StartDate is null || input.OfferValidUntil is null)
        {
            outcome = new CommandOutcome(CommandResult.Blocked, null, null, new WorkflowProblem(!wage.IsSuccess ? wage.Error!.Code : "workflow.dates_required"));
        }
        else
        {
            outcome = await commands.OfferAsync(input.IdempotencyKey, applicationId, new PlacementTerms
            {
                PositionTitle = input.PositionTitle ?? string.Empty,
                Wage = wage.Value,
                StartDate = input.StartDate.Value,
                OfferValidUntil = input.OfferValidUntil.Value,
            }, Caller, cancellationToken);
        }

        switch (outcome.Result)
        {
            case CommandResult.Done or CommandResult.Replayed:
                return LocalRedirect($"/placements/{outcome.PlacementId}?done=offer");
            case CommandResult.NotFound:
                return NotFound();
            default:
                Response.StatusCode = outcome.Result == CommandResult.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
                return View(new OfferViewModel(applicationId, vacancy.Title, input, await vacancies.MinimumWageTodayAsync(cancellationToken), outcome.Problem ?? new WorkflowProblem("workflow.already_offered")));
        }
    }

    [HttpPost("placements/{id:guid}/{step}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Step(Guid id, string step, StepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        PlacementAction? action = step switch
        {
            "accept" => new AcceptOffer(),
            "decline" => new DeclineOffer(),
            "sign-worker" => new SignAsWorker(),
            "sign-employer" => new SignAsEmployer(User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa)),
            "file-permit" => new FilePermit(input.Reference, input.Checklist),
            "exemption" => new RecordExemption(input.Reference),
            "ministry-notice" => new RecordMinistryNotice(input.Reference),
            "permit-granted" when input.Date is { } from && input.UntilDate is { } until => new RecordPermitGranted(from, until),
            "permit-refused" => new RecordPermitRefused(input.Reason),
            "reschedule" when input.Date is { } start => new RescheduleStart(start),
            "file-sgk" when input.Date is { } filed => new FileSgkNotice(input.Reference, filed),
            "confirm-start" => new ConfirmStart(),
            "end" when input.Date is { } ended => new EndPlacement(input.Reason, ended),
            "withdraw" => new WithdrawOffer(input.Reason),
            _ => null,
        };
        if (action is null)
        {
            return await ShowAsync(id, new WorkflowProblem("workflow.dates_required"), false, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var outcome = await commands.ExecuteAsync(input.IdempotencyKey, id, input.Version, action, Caller, cancellationToken);
        return outcome.Result switch
        {
            CommandResult.Done or CommandResult.Replayed => LocalRedirect($"/placements/{id}?done={step}"),
            CommandResult.NotFound => NotFound(),
            CommandResult.Conflict => await ShowAsync(id, null, true, StatusCodes.Status409Conflict, cancellationToken),
            _ => await ShowAsync(id, outcome.Problem, false, StatusCodes.Status400BadRequest, cancellationToken),
        };
    }

    [HttpPost("placements/{id:guid}/documents")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(12 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
    public async Task<IActionResult> Upload(Guid id, [FromForm] Guid idempotencyKey, [FromForm] int version, [FromForm] PlacementDocumentKind kind, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return await ShowAsync(id, new WorkflowProblem("document.empty"), false, StatusCodes.Status400BadRequest, cancellationToken);
        }

        await using var stream = file.OpenReadStream();
        var (outcome, _) = await documents.UploadAsync(idempotencyKey, id, version, kind, file.FileName, stream, Caller, cancellationToken);
        return outcome.Result switch
        {
            CommandResult.Done or CommandResult.Replayed => LocalRedirect($"/placements/{id}?done=document"),
            CommandResult.NotFound => NotFound(),
            CommandResult.Conflict => await ShowAsync(id, null, true, StatusCodes.Status409Conflict, cancellationToken),
            _ => await ShowAsync(id, outcome.Problem, false, StatusCodes.Status400BadRequest, cancellationToken),
        };
    }

    [HttpGet("placements/{id:guid}/documents/{documentId:guid}")]
    public async Task<IActionResult> Document(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var file = await documents.OpenAsync(id, documentId, Caller, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        return this.Download(file);
    }

    private async Task<IActionResult> ShowAsync(Guid id, WorkflowProblem? problem, bool conflict, int status, CancellationToken cancellationToken)
    {
        var view = await queries.GetAsync(id, Caller, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        Response.StatusCode = status;
        return View("Details", new PlacementPageModel(view, problem, conflict) { Documents = await documents.ListAsync(id, cancellationToken) });
    }

    private async Task<Domain.Vacancies.Vacancy?> VacancyOfAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var mine = LabourHub.Application.Employers.CallerBusinesses.Of(db, Caller);
        return await (from a in db.Applications
                      join v in db.Vacancies on a.VacancyId equals v.Id
                      where a.Id == new Domain.Identifiers.JobApplicationId(applicationId) && mine.Contains(v.EmployerId)
                      select v).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
    }

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;
}
