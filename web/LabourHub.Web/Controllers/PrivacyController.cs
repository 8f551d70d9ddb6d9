using LabourHub.Application.Privacy.GetConsents;
using LabourHub.Application.Privacy.RecordConsent;
using LabourHub.Domain.Privacy;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>The privacy notice (KVKK), and each person's consent per purpose, which they can withdraw at any time.</summary>
public sealed class PrivacyController(GetConsentsHandler getConsents, RecordConsentHandler recordConsent) : Controller
{
    [HttpGet("/privacy")]
    [AllowAnonymous]
    public IActionResult Notice() => View();

    [HttpGet("/account/consents")]
    [Authorize]
    public async Task<IActionResult> Consents(CancellationToken cancellationToken)
    {
        var choices = await getConsents.HandleAsync(UserId, cancellationToken);
        return View(new ConsentsViewModel(choices, Saved: false));
    }

    [HttpPost("/account/consents")]
    [Authorize]
    public async Task<IActionResult> Consents([FromForm] List<ConsentPurpose> granted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(granted);
        var choices = Enum.GetValues<ConsentPurpose>().ToDictionary(p => p, granted.Contains);
        var result = await recordConsent.HandleAsync(UserId, choices, cancellationToken);
        if (!result.IsSuccess)
        {
            return BadRequest();
        }

        return View(new ConsentsViewModel(await getConsents.HandleAsync(UserId, cancellationToken), Saved: true));
    }

    private string UserId => User.FindFirst("sub")?.Value ?? throw new InvalidOperationException("Signed in without a subject claim.");
}
