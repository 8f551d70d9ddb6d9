using LabourHub.Application.Marketplace.GetMarketplaceCounts;
using LabourHub.Application.Marketplace.GetProvinceOverview;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>
/// One landing page per audience, reached from the main navigation. Accounts and the pages behind them arrive
/// with the Identity and Marketplace issues; these pages say what each audience can do and show live figures.
/// </summary>
[AllowAnonymous]
public sealed class AudienceController(GetMarketplaceCountsHandler counts, GetProvinceOverviewHandler provinces) : Controller
{
    [HttpGet("/workers")]
    public Task<IActionResult> Workers(CancellationToken cancellationToken) => Show(Audience.Worker, cancellationToken);

    [HttpGet("/employers")]
    public Task<IActionResult> Employers(CancellationToken cancellationToken) => Show(Audience.Employer, cancellationToken);

    [HttpGet("/case-workers")]
    public Task<IActionResult> CaseWorkers(CancellationToken cancellationToken) => Show(Audience.CaseWorker, cancellationToken);

    [HttpGet("/ministry")]
    public Task<IActionResult> Ministry(CancellationToken cancellationToken) => Show(Audience.Ministry, cancellationToken);

    [HttpGet("/admin")]
    public Task<IActionResult> Admin(CancellationToken cancellationToken) => Show(Audience.Admin, cancellationToken);

    private async Task<IActionResult> Show(Audience audience, CancellationToken cancellationToken)
    {
        var figures = await counts.HandleAsync(cancellationToken);
        var byProvince = audience is Audience.Ministry or Audience.CaseWorker
            ? await provinces.HandleAsync(12, cancellationToken)
            : [];
        return View("Index", new AudienceViewModel(audience, figures, byProvince));
    }
}
