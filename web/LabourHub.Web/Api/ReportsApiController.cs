using LabourHub.Application.Reports;
using LabourHub.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Api;

/// <summary>
/// The ministry dashboard's figures for other systems: a client-credentials token with the reports.read scope (or a
/// signed-in analyst). Counts of people under ten are the string "&lt;10", never a number. Figures come from the
/// report snapshot, recomputed in the background; computedAt says when.
/// </summary>
[ApiController]
[Route("api/v1/reports")]
[Authorize(AuthenticationSchemes = LabourHubIdentityExtensions.PortalOrBearerScheme, Policy = ReportsReadPolicy.Name)]
public sealed class ReportsApiController(ReportCache cache) : ControllerBase
{
    /// <summary>Each need line of each labour-needs assessment with the eligible, available workers who could fill it.</summary>
    [HttpGet("supply")]
    [ProducesResponseType<ReportResponse<SupplyRow>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    public async Task<ReportResponse<SupplyRow>> Supply([FromQuery] int? province, [FromQuery] string? sector, CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(cancellationToken);
        return new(snapshot.ComputedAt, snapshot.SupplyLines
            .Where(l => (province is null || l.ProvinceCode == province) && (sector is null || l.NaceSection == sector)).ToList());
    }

    /// <summary>Needs against supply summed by province, by province and sector, and by province, sector and occupation (drill-down).</summary>
    [HttpGet("supply/groups")]
    [ProducesResponseType<ReportResponse<SupplyGroup>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    public async Task<ReportResponse<SupplyGroup>> SupplyGroups([FromQuery] int? province, [FromQuery] string? sector, CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(cancellationToken);
        return new(snapshot.ComputedAt, SupplyDrillDown.Level(snapshot, province, sector));
    }

    /// <summary>The 81 provinces: registered workers, open vacancies and positions, needs and supply.</summary>
    [HttpGet("provinces")]
    [ProducesResponseType<ReportResponse<ProvinceRow>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    public async Task<ReportResponse<ProvinceRow>> Provinces(CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(cancellationToken);
        return new(snapshot.ComputedAt, snapshot.Provinces);
    }

    /// <summary>Twelve months of registrations, vacancies posted and registered employment started.</summary>
    [HttpGet("trends")]
    [ProducesResponseType<ReportResponse<TrendPoint>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    public async Task<ReportResponse<TrendPoint>> Trends(CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(cancellationToken);
        return new(snapshot.ComputedAt, snapshot.Trends);
    }

    /// <summary>Applications reaching each stage on the way to registered employment.</summary>
    [HttpGet("funnel")]
    [ProducesResponseType<ReportResponse<FunnelStage>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    public async Task<ReportResponse<FunnelStage>> Funnel(CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(cancellationToken);
        return new(snapshot.ComputedAt, snapshot.Funnel);
    }

    /// <summary>Days from posting to the first day of registered employment, overall and by NACE section.</summary>
    [HttpGet("time-to-fill")]
    [ProducesResponseType<ReportResponse<TimeToFillRow>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    public async Task<ReportResponse<TimeToFillRow>> TimeToFill(CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(cancellationToken);
        return new(snapshot.ComputedAt, snapshot.TimeToFill);
    }

    /// <summary>The four-fifths audit of applicants passing the first look, by nationality and by gender.</summary>
    [HttpGet("fairness")]
    [ProducesResponseType<ReportResponse<FairnessRow>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    public async Task<ReportResponse<FairnessRow>> Fairness(CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(cancellationToken);
        return new(snapshot.ComputedAt, snapshot.Fairness);
    }
}
