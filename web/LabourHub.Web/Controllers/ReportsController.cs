using LabourHub.Application.Assessments;
using LabourHub.Application.Reference;
using LabourHub.Application.Reports;
using LabourHub.Identity.Accounts;
using LabourHub.Web.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>
/// The ministry analysts' reports: the dashboard with the province map, supply against demand with a drill-down,
/// exports. Aggregates only; every count of people goes through <see cref="Suppression"/>.
/// </summary>
[Authorize(Roles = Roles.MinistryAnalyst + "," + Roles.Admin)]
[Route("reports")]
public sealed class ReportsController(ReportCache cache, ISpreadsheetFiles files, IReferenceCatalogue catalogue, ProvinceMap map) : Controller
{
    private const string MfaSetup = "/account/mfa/setup?returnUrl=%2Freports";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? metric, CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return LocalRedirect(MfaSetup);
        }

        var snapshot = await cache.GetAsync(cancellationToken);
        return View(new DashboardModel(snapshot, MapModel.For(map, snapshot, metric, catalogue.ProvinceName), catalogue));
    }

    [HttpGet("supply")]
    public async Task<IActionResult> Supply([FromQuery] int? province, [FromQuery] string? sector, CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return LocalRedirect(MfaSetup);
        }

        var snapshot = await cache.GetAsync(cancellationToken);
        sector = province is null ? null : sector;
        var lines = province is not null && sector is not null
            ? snapshot.SupplyLines.Where(l => l.ProvinceCode == province && l.NaceSection == sector).ToList()
            : [];
        return View(new SupplyModel(province, sector, SupplyDrillDown.Level(snapshot, province, sector), lines, snapshot.ComputedAt, catalogue));
    }

    /// <summary>One table of the dashboard as CSV or XLSX (the same figures and the same "&lt;10" as the page).</summary>
    [HttpGet("export/{table}.{format}")]
    public async Task<IActionResult> Export(string table, string format, CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return LocalRedirect(MfaSetup);
        }

        var kind = format switch { "csv" => SpreadsheetKind.Csv, "xlsx" => SpreadsheetKind.Xlsx, _ => (SpreadsheetKind?)null };
        var data = ReportTables.Table(table, await cache.GetAsync(cancellationToken));
        if (kind is null || data is null)
        {
            return NotFound();
        }

        var bytes = files.Write(kind.Value, table, data.Value.Header, data.Value.Rows);
        return File(bytes, kind == SpreadsheetKind.Csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"labourhub-{table}.{format}");
    }

    /// <summary>Recomputes the figures now instead of waiting for the background refresh.</summary>
    [HttpPost("refresh")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Refresh(CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return Forbid();
        }

        await cache.RefreshAsync(cancellationToken);
        return LocalRedirect("/reports");
    }

    private bool WithoutMfa => !User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);
}
