using LabourHub.Application.Common;
using LabourHub.Application.Privacy.GetConsents;
using LabourHub.Application.Privacy.RecordConsent;
using LabourHub.Application.Reference;
using LabourHub.Application.Workers.Documents;
using LabourHub.Application.Workers.Profile;
using LabourHub.Domain.Documents;
using LabourHub.Domain.Privacy;
using LabourHub.Identity.Accounts;
using LabourHub.Web.Models;
using LabourHub.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>
/// The worker's profile: an overview with the completeness meter, and the wizard, one step per page, plain HTML forms
/// that work without JavaScript. A step that fails is shown again with what the worker typed and the fields to fix.
/// </summary>
[Authorize(Roles = Roles.Worker)]
[Route("my")]
public sealed class ProfileController(
    ProfileWizardHandler wizard,
    WorkerDocumentsHandler documents,
    CvPrefillHandler cvPrefill,
    GetConsentsHandler consents,
    RecordConsentHandler recordConsent,
    IReferenceCatalogue catalogue,
    LabourHub.Application.Reference.SuggestOccupations.SuggestOccupationsHandler suggestOccupations,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>Uploads larger than this are cut off by the server before the handler's friendlier 5 MB check.</summary>
    private const long UploadRequestLimit = 12 * 1024 * 1024;

    [HttpGet("profile")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await wizard.LoadAsync(Caller, cancellationToken));

    [HttpGet("profile/{step}")]
    public async Task<IActionResult> Step(string step, string? q, Guid? cv, CancellationToken cancellationToken)
    {
        if (!TryStep(step, out var current))
        {
            return NotFound();
        }

        var state = await wizard.LoadAsync(Caller, cancellationToken);
        var answers = state.Answers;
        var fromCv = false;
        if (current == ProfileStep.Skills && cv is { } documentId)
        {
            var proposals = await cvPrefill.ProposeAsync(Caller, documentId, cancellationToken);
            if (proposals is null)
            {
                return NotFound();
            }

            fromCv = true;
            ViewData["CvProposals"] = proposals;
        }

        return View("Step", await ModelAsync(current, answers, state, q, fromCv, cancellationToken));
    }

    [HttpPost("profile/{step}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string step, ProfileInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!TryStep(step, out var current) || current is ProfileStep.Documents)
        {
            return NotFound();
        }

        if (current == ProfileStep.Visibility)
        {
            return await SaveVisibilityAsync(cancellationToken);
        }

        if (ModelState.IsValid)
        {
            var problems = await wizard.SaveStepAsync(Caller, current, input.ToAnswers(), cancellationToken);
            if (problems.Count == 0)
            {
                return LocalRedirect(input.Then == "exit" || current == ProfileStep.Visibility
                    ? "/my/profile?saved=1"
                    : $"/my/profile/{Slug(current + 1)}");
            }

            foreach (var problem in problems)
            {
                ModelState.AddModelError(problem.Field, localizer["DomainError." + problem.Code]);
            }
        }

        var state = await wizard.LoadAsync(Caller, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Step", await ModelAsync(current, state.Answers.WithStep(current, input.ToAnswers()), state, null, false, cancellationToken));
    }

    [HttpPost("profile/documents")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(UploadRequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadRequestLimit)]
    public async Task<IActionResult> Upload(DocumentKind kind, IFormFile? file, CancellationToken cancellationToken)
    {
        string? problem;
        Guid? uploaded = null;
        if (file is null || file.Length == 0)
        {
            problem = "document.empty";
        }
        else
        {
            await using var stream = file.OpenReadStream();
            var outcome = await documents.UploadAsync(Caller, kind, file.FileName, stream, cancellationToken);
            problem = outcome.Problem;
            uploaded = outcome.Id;
        }

        if (problem is null)
        {
            return LocalRedirect($"/my/profile/documents?uploaded={uploaded}");
        }

        ModelState.AddModelError("file", localizer["DomainError." + problem, WorkerDocument.MaxBytes / (1024 * 1024)]);
        var state = await wizard.LoadAsync(Caller, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Step", await ModelAsync(ProfileStep.Documents, state.Answers, state, null, false, cancellationToken));
    }

    [HttpGet("documents/{id:guid}")]
    public async Task<IActionResult> Document(Guid id, CancellationToken cancellationToken)
    {
        var file = await documents.OpenMineAsync(Caller, id, cancellationToken);
        return file is null ? NotFound() : this.Download(file);
    }

    [HttpPost("documents/{id:guid}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> DeleteDocument(Guid id, CancellationToken cancellationToken) =>
        await documents.DeleteMineAsync(Caller, id, cancellationToken) ? LocalRedirect("/my/profile/documents?deleted=1") : NotFound();

    private async Task<IActionResult> SaveVisibilityAsync(CancellationToken cancellationToken)
    {
        var choices = new Dictionary<ConsentPurpose, bool>();
        foreach (var purpose in new[] { ConsentPurpose.Matching, ConsentPurpose.DiscoverableToEmployers, ConsentPurpose.CaseWorkerAccess })
        {
            choices[purpose] = Request.Form[purpose.ToString()].Contains("true");
        }

        var recorded = await recordConsent.HandleAsync(Caller, choices, cancellationToken);
        if (!recorded.IsSuccess)
        {
            ModelState.AddModelError(string.Empty, localizer["DomainError." + recorded.Error!.Code]);
            var state = await wizard.LoadAsync(Caller, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Step", await ModelAsync(ProfileStep.Visibility, state.Answers, state, null, false, cancellationToken));
        }

        return LocalRedirect("/my/profile?saved=1");
    }

    private async Task<ProfileStepViewModel> ModelAsync(ProfileStep step, ProfileAnswers answers, ProfileState state, string? query, bool fromCv, CancellationToken cancellationToken)
    {
        var language = CultureLanguage.Current;
        var model = new ProfileStepViewModel(step, answers, state) { Query = query, FromCv = fromCv, Provinces = catalogue.Provinces };
        return step switch
        {
            ProfileStep.Occupations => model with
            {
                ChosenOccupations = answers.Occupations.Select(c => (c, catalogue.OccupationTitle(c, language))).ToList(),
                OccupationResults = string.IsNullOrWhiteSpace(query) ? [] : await suggestOccupations.HandleAsync(query, language, 12, cancellationToken),
            },
            ProfileStep.Skills => model with { Skills = await wizard.SkillChoicesAsync(answers, query, cancellationToken) },
            ProfileStep.Documents => model with { Documents = await documents.ListMineAsync(Caller, cancellationToken) },
            ProfileStep.Visibility => model with { Consents = await consents.HandleAsync(Caller, cancellationToken) },
            _ => model,
        };
    }

    internal static string Slug(ProfileStep step) => step.ToString().ToLowerInvariant();

    private static bool TryStep(string slug, out ProfileStep step) =>
        Enum.TryParse(slug, ignoreCase: true, out step) && Enum.IsDefined(step) && !int.TryParse(slug, out _);

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;
}
