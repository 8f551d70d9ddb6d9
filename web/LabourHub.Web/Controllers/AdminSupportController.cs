using LabourHub.Application.Reference;
using LabourHub.Application.Support.Programmes;
using LabourHub.Application.Support.Services;
using LabourHub.Identity.Accounts;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>Administrators set up support programmes and look after payments (refunds).</summary>
[Authorize(Roles = Roles.Admin)]
[Route("admin")]
public sealed class AdminSupportController(ProgrammesHandler programmes, ServiceOrdersHandler orders, IReferenceCatalogue catalogue, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : Controller
{
    [HttpGet("programmes")]
    public async Task<IActionResult> Programmes(CancellationToken cancellationToken)
    {
        if (!HasMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Fadmin%2Fprogrammes");
        }

        return View(await programmes.AllAsync(cancellationToken));
    }

    [HttpGet("programmes/new")]
    public IActionResult NewProgramme() => HasMfa ? EditView(null, new ProgrammeFormInput
    {
        CallOpens = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        CallCloses = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddMonths(3),
        MilestoneHires = [0, 3, null, null, null],
        MilestoneShares = [40, 60, null, null, null],
    }) : LocalRedirect("/account/mfa/setup?returnUrl=%2Fadmin%2Fprogrammes");

    [HttpPost("programmes/new")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> NewProgramme(ProgrammeFormInput input, CancellationToken cancellationToken) => Save(null, input, cancellationToken);

    [HttpGet("programmes/{id:guid}/edit")]
    public async Task<IActionResult> EditProgramme(Guid id, CancellationToken cancellationToken)
    {
        if (!HasMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Fadmin%2Fprogrammes");
        }

        var programme = await programmes.FindAsync(id, cancellationToken);
        return programme is null ? NotFound() : EditView(id, ProgrammeFormInput.From(programme));
    }

    [HttpPost("programmes/{id:guid}/edit")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> EditProgramme(Guid id, ProgrammeFormInput input, CancellationToken cancellationToken) => Save(id, input, cancellationToken);

    [HttpGet("payments")]
    public async Task<IActionResult> Payments([FromQuery] int page = 1, CancellationToken cancellationToken = default)
    {
        if (!HasMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Fadmin%2Fpayments");
        }

        return View("~/Views/EmployerServices/Orders.cshtml", new OrdersViewModel(await orders.AllOrdersAsync(page, cancellationToken), Administrator: true));
    }

    [HttpGet("payments/{id:guid}")]
    public async Task<IActionResult> Payment(Guid id, CancellationToken cancellationToken)
    {
        if (!HasMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Fadmin%2Fpayments");
        }

        var order = await orders.AnyOrderAsync(id, cancellationToken);
        return order is null ? NotFound() : View("~/Views/EmployerServices/Receipt.cshtml", order);
    }

    [HttpPost("payments/{id:guid}/refund")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Refund(Guid id, CancellationToken cancellationToken)
    {
        if (!HasMfa)
        {
            return Forbid();
        }

        var problem = await orders.RefundAsync(Caller, id, cancellationToken);
        return problem switch
        {
            null => LocalRedirect($"/admin/payments/{id}?refunded=1"),
            "order.not_found" => NotFound(),
            _ => LocalRedirect($"/admin/payments/{id}?problem={Uri.EscapeDataString(problem)}"),
        };
    }

    private async Task<IActionResult> Save(Guid? id, ProgrammeFormInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!HasMfa)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var (terms, problem) = input.ToTerms();
            if (terms is not null)
            {
                (var saved, problem) = await programmes.SaveAsync(id, terms, cancellationToken);
                if (problem is null)
                {
                    return LocalRedirect($"/admin/programmes?saved={saved}");
                }

                if (problem == "programme.not_found")
                {
                    return NotFound();
                }
            }

            ModelState.AddModelError(string.Empty, localizer["DomainError." + problem]);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return EditView(id, input);
    }

    private ViewResult EditView(Guid? id, ProgrammeFormInput input) =>
        View("EditProgramme", new ProgrammeEditViewModel(
            id,
            input,
            [.. catalogue.Provinces.OrderBy(p => p.Code).Select(p => (p.Code, p.Name))],
            [.. catalogue.NaceSections.Select(s => (s.Section, $"{s.Section} · {s.Title(LabourHub.Application.Common.CultureLanguage.Current)}"))]));

    private bool HasMfa => User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;
}
