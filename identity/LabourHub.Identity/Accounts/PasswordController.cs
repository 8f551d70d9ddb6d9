using LabourHub.Identity.Accounts.Models;
using LabourHub.Identity.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LabourHub.Identity.Accounts;

/// <summary>
/// "I forgot my password" by e-mail, and e-mail confirmation. The answer never reveals whether an account exists.
/// Phone-only accounts are pointed to their case worker (LabourHub sends no SMS yet).
/// </summary>
[Route("account")]
public sealed class PasswordController(UserManager<LabourHubUser> users, AccountMailer mailer, IStringLocalizer<IdentityResource> localizer) : Controller
{
    [HttpGet("forgot")]
    [AllowAnonymous]
    public IActionResult Forgot() => View(new ForgotInput());

    [HttpPost("forgot")]
    [AllowAnonymous]
    [EnableRateLimiting(AccountController.RateLimitPolicy)]
    public async Task<IActionResult> Forgot(ForgotInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var login = LoginNames.Normalise(input.Login);
        var user = login is null ? null : await users.FindByNameAsync(login);
        if (user is { Email.Length: > 0 } && await users.IsEmailConfirmedAsync(user))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = new Uri($"{Request.Scheme}://{Request.Host}/account/reset?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");
            await mailer.SendPasswordResetAsync(user, link, cancellationToken);
        }

        ViewData["Sent"] = true;
        return View(new ForgotInput());
    }

    [HttpGet("reset")]
    [AllowAnonymous]
    public IActionResult Reset(string userId, string token) => View(new ResetInput { UserId = userId, Token = token });

    [HttpPost("reset")]
    [AllowAnonymous]
    [EnableRateLimiting(AccountController.RateLimitPolicy)]
    public async Task<IActionResult> Reset(ResetInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = ModelState.IsValid ? await users.FindByIdAsync(input.UserId) : null;
        var result = user is null ? IdentityResult.Failed() : await users.ResetPasswordAsync(user, input.Token, input.Password);
        if (result.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user!);
            return LocalRedirect("/account/login");
        }

        foreach (var error in result.Errors)
        {
            var message = localizer["Account." + error.Code];
            ModelState.AddModelError(string.Empty, message.ResourceNotFound ? localizer["Account.ResetFailed"] : message);
        }

        if (result.Errors.Any() is false && ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, localizer["Account.ResetFailed"]);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new ResetInput { UserId = input.UserId, Token = input.Token });
    }

    [HttpGet("confirm")]
    [AllowAnonymous]
    public async Task<IActionResult> Confirm(string userId, string token)
    {
        var user = await users.FindByIdAsync(userId ?? string.Empty);
        var confirmed = user is not null && (await users.ConfirmEmailAsync(user, token ?? string.Empty)).Succeeded;
        if (!confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(confirmed);
    }
}
