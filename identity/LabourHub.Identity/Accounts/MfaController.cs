using LabourHub.Identity.Accounts.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LabourHub.Identity.Accounts;

/// <summary>The second sign-in step (authenticator or recovery code) and setting up an authenticator app.</summary>
[Route("account/mfa")]
public sealed class MfaController(
    SignInManager<LabourHubUser> signIn,
    UserManager<LabourHubUser> users,
    IStringLocalizer<IdentityResource> localizer) : Controller
{
    public const int RecoveryCodeCount = 10;

    [HttpGet("")]
    [AllowAnonymous]
    public async Task<IActionResult> Verify(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? LocalRedirect("/account/login") : View(new MfaInput { ReturnUrl = returnUrl });

    [HttpPost("")]
    [AllowAnonymous]
    [EnableRateLimiting(AccountController.RateLimitPolicy)]
    public async Task<IActionResult> Verify(MfaInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return LocalRedirect("/account/login");
        }

        var code = input.Code?.Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty;
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, localizer[result.IsLockedOut ? "Account.LockedOut" : "Mfa.WrongCode"]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(input with { Code = string.Empty });
    }

    [HttpGet("setup")]
    [Authorize]
    public async Task<IActionResult> Setup(string? returnUrl)
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        return View(new MfaSetupModel(key!, AuthenticatorUri(user, key!), returnUrl, []));
    }

    [HttpPost("setup")]
    [Authorize]
    public async Task<IActionResult> Setup(MfaInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        var key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        var code = input.Code?.Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty;
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(string.Empty, localizer["Mfa.WrongCode"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new MfaSetupModel(key, AuthenticatorUri(user, key), input.ReturnUrl, []));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];

        // Sign in again so the session carries the amr = mfa claim that staff pages require.
        await signIn.SignOutAsync();
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new System.Security.Claims.Claim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa)]);
        return View("RecoveryCodes", new MfaSetupModel(key, string.Empty, input.ReturnUrl, [.. recoveryCodes]));
    }

    private static string AuthenticatorUri(LabourHubUser user, string key) =>
        $"otpauth://totp/LabourHub:{Uri.EscapeDataString(user.UserName ?? user.Id)}?secret={key}&issuer=LabourHub&digits=6&period=30";
}
