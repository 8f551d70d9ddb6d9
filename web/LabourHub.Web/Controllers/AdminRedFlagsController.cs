using LabourHub.Application.Protection.Rules;
using LabourHub.Domain.Protection;
using LabourHub.Identity.Accounts;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>Administrators keep the red-flag rules: list by category, add, change or switch off, and try a text.</summary>
[Authorize(Roles = Roles.Admin)]
[Route("admin/red-flags")]
public sealed class AdminRedFlagsController(RedFlagRulesHandler rules, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? category, [FromQuery] string? text, CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Fadmin%2Fred-flags");
        }

        return View(await ModelAsync(category, text, new RedFlagRuleInput(), cancellationToken));
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Add(RedFlagRuleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (WithoutMfa)
        {
            return Forbid();
        }

        var (_, problem) = await rules.AddAsync(input.Category, input.Language, input.Kind, input.Pattern, input.Unless, Caller, cancellationToken);
        if (problem is null)
        {
            return LocalRedirect($"/admin/red-flags?category={Uri.EscapeDataString(input.Category ?? string.Empty)}&saved=1");
        }

        ModelState.AddModelError(nameof(input.Pattern), localizer["DomainError." + problem]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await ModelAsync(input.Category, null, input, cancellationToken));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return LocalRedirect("/account/mfa/setup?returnUrl=%2Fadmin%2Fred-flags");
        }

        var rule = await rules.GetAsync(id, cancellationToken);
        return rule is null ? NotFound() : View(new RedFlagEditViewModel(id, RedFlagRuleInput.From(rule)));
    }

    [HttpPost("{id:guid}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(Guid id, RedFlagRuleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (WithoutMfa)
        {
            return Forbid();
        }

        var problem = await rules.ChangeAsync(id, input.Category, input.Language, input.Kind, input.Pattern, input.Unless, input.Active, Caller, cancellationToken);
        if (problem is null)
        {
            return LocalRedirect($"/admin/red-flags?category={Uri.EscapeDataString(input.Category ?? string.Empty)}&saved=1");
        }

        if (problem == "redflag.not_found")
        {
            return NotFound();
        }

        ModelState.AddModelError(nameof(input.Pattern), localizer["DomainError." + problem]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new RedFlagEditViewModel(id, input));
    }

    private async Task<RedFlagRulesViewModel> ModelAsync(string? category, string? text, RedFlagRuleInput input, CancellationToken cancellationToken)
    {
        var filter = category is not null && RedFlagCategory.All.Contains(category) ? category : null;
        (IReadOnlyList<RedFlagHit> Hits, string Normalised)? tried = string.IsNullOrWhiteSpace(text) ? null : await rules.TryAsync(text, cancellationToken);
        return new RedFlagRulesViewModel(await rules.ListAsync(filter, cancellationToken), filter, input, text, tried?.Hits, tried?.Normalised);
    }

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;

    private bool WithoutMfa => !User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);
}
