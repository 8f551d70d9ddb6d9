using LabourHub.Application.Assessments;
using LabourHub.Application.Reports;
using LabourHub.Identity.Accounts;
using LabourHub.Web.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>Labour-needs assessments: list, enter one on a form, or import many from the CSV or XLSX template.</summary>
[Authorize(Roles = Roles.MinistryAnalyst + "," + Roles.Admin)]
[Route("reports/assessments")]
public sealed class AssessmentsController(AssessmentsHandler assessments, ReportCache cache) : Controller
{
    public const int PageSize = 20;
    public const int FormLines = 5;
    public const long MaxFileBytes = 5 * 1024 * 1024;
    private const string MfaSetup = "/account/mfa/setup?returnUrl=%2Freports%2Fassessments";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] int page, CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return LocalRedirect(MfaSetup);
        }

        return View(await ListAsync(page, null, cancellationToken));
    }

    [HttpGet("template.{format}")]
    public IActionResult Template(string format) => format switch
    {
        _ when WithoutMfa => LocalRedirect(MfaSetup),
        "csv" => File(assessments.Template(SpreadsheetKind.Csv), "text/csv; charset=utf-8", "labour-needs-assessment.csv"),
        "xlsx" => File(assessments.Template(SpreadsheetKind.Xlsx), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "labour-needs-assessment.xlsx"),
        _ => NotFound(),
    };

    [HttpPost("import")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxFileBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        if (WithoutMfa)
        {
            return Forbid();
        }

        AssessmentImportResult result;
        var extension = Path.GetExtension(file?.FileName ?? string.Empty).ToLowerInvariant();
        if (file is null || file.Length == 0 || file.Length > MaxFileBytes || extension is not (".csv" or ".xlsx"))
        {
            result = new AssessmentImportResult([], 0, [new AssessmentRowError(0, string.Empty, "Assessment.FileChoose")]);
        }
        else
        {
            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            result = await assessments.ImportAsync(buffer, extension == ".csv" ? SpreadsheetKind.Csv : SpreadsheetKind.Xlsx, cancellationToken);
        }

        if (result.Succeeded)
        {
            cache.Invalidate();
            TempData["Imported"] = $"{result.Created.Count}|{result.Lines}";
            return LocalRedirect("/reports/assessments");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await ListAsync(1, result, cancellationToken));
    }

    [HttpGet("new")]
    public IActionResult New() => WithoutMfa ? LocalRedirect(MfaSetup) : View(new AssessmentFormModel(Form: new Dictionary<string, string>(), Errors: []));

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (WithoutMfa)
        {
            return Forbid();
        }

        var values = form.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal);
        string Value(string key) => values.TryGetValue(key, out var v) ? v : string.Empty;
        var headerColumns = AssessmentTemplate.Columns.Take(7).ToList();
        var rows = new List<(int Row, IReadOnlyDictionary<string, string> Cells)>();
        for (var i = 0; i < FormLines; i++)
        {
            var lineCells = AssessmentTemplate.Columns.Skip(7).ToDictionary(c => c, c => Value($"lines[{i}].{c}"), StringComparer.Ordinal);
            if (lineCells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            foreach (var c in headerColumns)
            {
                lineCells[c] = Value(c);
            }

            rows.Add((i + 1, lineCells));
        }

        var result = await assessments.SaveAsync(rows, cancellationToken);
        if (result.Succeeded)
        {
            cache.Invalidate();
            TempData["Imported"] = $"{result.Created.Count}|{result.Lines}";
            return LocalRedirect("/reports/assessments");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("New", new AssessmentFormModel(values, result.Errors));
    }

    private async Task<AssessmentListModel> ListAsync(int page, AssessmentImportResult? import, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var total = await assessments.CountAsync(cancellationToken);
        return new AssessmentListModel(await assessments.ListAsync(page, PageSize, cancellationToken), page, Math.Max(1, (total + PageSize - 1) / PageSize), total, import);
    }

    private bool WithoutMfa => !User.HasClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa);
}
