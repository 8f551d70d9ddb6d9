using System.Text.Json;
using LabourHub.Application.Privacy.EraseMyData;
using LabourHub.Application.Privacy.ExportMyData;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>
/// A person's rights over their data (KVKK Art. 11): download everything as JSON, or erase it. The page lives in
/// the host because it spans both stores: the account (identity) and the marketplace (profile, applications, consents).
/// </summary>
[Authorize]
[Route("account/data")]
public sealed partial class MyDataController(
    UserManager<LabourHubUser> users,
    SignInManager<LabourHubUser> signIn,
    ExportMyDataHandler export,
    EraseMyDataHandler erase,
    ILogger<MyDataController> logger) : Controller
{
    private static readonly JsonSerializerOptions ExportFormat = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [HttpGet("")]
    public IActionResult Index() => View();

    [HttpGet("export")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        var document = new
        {
            exportedFor = user.Id,
            account = new
            {
                user.Id,
                user.UserName,
                user.Email,
                user.EmailConfirmed,
                user.PhoneNumber,
                user.PreferredCulture,
                user.CreatedAt,
                user.TwoFactorEnabled,
                roles = await users.GetRolesAsync(user),
            },
            marketplace = await export.HandleAsync(user.Id, cancellationToken),
        };
        return File(JsonSerializer.SerializeToUtf8Bytes(document, ExportFormat), "application/json", "labourhub-my-data.json");
    }

    [HttpPost("erase")]
    public async Task<IActionResult> Erase([FromForm] bool confirm, CancellationToken cancellationToken)
    {
        if (!confirm)
        {
            ModelState.AddModelError(string.Empty, "Data.ConfirmRequired");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index");
        }

        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        var summary = await erase.HandleAsync(user.Id, cancellationToken);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException("The account could not be deleted: " + string.Join(", ", deleted.Errors.Select(e => e.Code)));
        }

        await signIn.SignOutAsync();
        LogErased(logger, summary.WorkerProfile, summary.Applications, summary.ConsentRecords);
        return View("Erased");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An account was erased at its owner's request (worker profile: {WorkerProfile}, applications: {Applications}, consent records: {ConsentRecords})")]
    private static partial void LogErased(ILogger logger, bool workerProfile, int applications, int consentRecords);
}
