using LabourHub.Identity.Accounts.Models;
using LabourHub.Identity.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace LabourHub.Identity.Accounts;

/// <summary>
/// Administrators create staff accounts (case worker, ministry analyst, administrator). The new colleague gets an
/// e-mail to choose a password; they set up an authenticator at first sign-in. Admins must have signed in with MFA.
/// </summary>
[Authorize(Roles = Roles.Admin, Policy = MfaPolicy.Name)]
[Route("admin/staff")]
public sealed partial class StaffController(
    UserManager<LabourHubUser> users,
    AccountMailer mailer,
    IStringLocalizer<IdentityResource> localizer,
    TimeProvider clock,
    ILogger<StaffController> logger) : Controller
{
    private static readonly string[] StaffRoles = [Roles.CaseWorker, Roles.MinistryAnalyst, Roles.Admin];

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new StaffPageModel(await StaffAsync(), new StaffInput(), Invited: false));

    [HttpPost("")]
    public async Task<IActionResult> Create(StaffInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ModelState.IsValid && await users.FindByEmailAsync(input.Email) is not null)
        {
            ModelState.AddModelError(nameof(input.Email), localizer["Account.DuplicateUserName"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new StaffPageModel(await StaffAsync(), input, Invited: false));
        }

        var email = input.Email.Trim().ToLowerInvariant();
        var user = new LabourHubUser { UserName = email, Email = email, EmailConfirmed = true, PreferredCulture = input.Culture, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            ModelState.AddModelError(string.Empty, localizer["Account.CannotRegister"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new StaffPageModel(await StaffAsync(), input, Invited: false));
        }

        await users.AddToRoleAsync(user, input.Role);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = new Uri($"{Request.Scheme}://{Request.Host}/account/reset?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");
        await mailer.SendInvitationAsync(user, link, cancellationToken);
        LogCreated(logger, user.Id, input.Role);
        return View("Index", new StaffPageModel(await StaffAsync(), new StaffInput(), Invited: true));
    }

    private async Task<IReadOnlyList<(string UserName, string Role, bool Mfa)>> StaffAsync()
    {
        var result = new List<(string, string, bool)>();
        foreach (var role in StaffRoles)
        {
            foreach (var user in (await users.GetUsersInRoleAsync(role)).OrderBy(u => u.UserName, StringComparer.Ordinal))
            {
                result.Add((user.UserName ?? user.Id, role, user.TwoFactorEnabled));
            }
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff account {UserId} created with role {Role}")]
    private static partial void LogCreated(ILogger logger, string userId, string role);
}
