using LabourHub.Identity.Accounts.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace LabourHub.Identity.Accounts;

/// <summary>Sign-in, sign-out and worker sign-up, in plain words, with lockout and rate limits.</summary>
[Route("account")]
public sealed partial class AccountController(
    SignInManager<LabourHubUser> signIn,
    UserManager<LabourHubUser> users,
    IStringLocalizer<IdentityResource> localizer,
    TimeProvider clock,
    Mail.AccountMailer mailer,
    ILogger<AccountController> logger) : Controller
{
    public const string RateLimitPolicy = "account";

    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicy)]
    public async Task<IActionResult> Login(LoginInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var login = LoginNames.Normalise(input.Login) ?? input.Login.Trim();
        var result = await signIn.PasswordSignInAsync(login, input.Password, isPersistent: false, lockoutOnFailure: true);
        var returnUrl = Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl : "/";
        if (result.RequiresTwoFactor)
        {
            return LocalRedirect("/account/mfa?returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        if (result.Succeeded)
        {
            // Staff and business owners set up an authenticator before they go anywhere else.
            var user = await users.FindByNameAsync(login);
            if (user is not null && !user.TwoFactorEnabled && (await users.GetRolesAsync(user)).Any(MfaPolicy.RequiredFor.Contains))
            {
                return LocalRedirect("/account/mfa/setup?returnUrl=" + Uri.EscapeDataString(returnUrl));
            }

            return LocalRedirect(returnUrl);
        }

        if (result.IsLockedOut)
        {
            LogLockedOut(logger);
            ModelState.AddModelError(string.Empty, localizer["Account.LockedOut"]);
        }
        else
        {
            ModelState.AddModelError(string.Empty, localizer["Account.WrongLogin"]);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(input with { Password = string.Empty });
    }

    [HttpPost("logout")]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("register")]
    [AllowAnonymous]
    public IActionResult Register() => View(new RegisterInput { Culture = Thread.CurrentThread.CurrentUICulture.TwoLetterISOLanguageName });

    [HttpPost("register")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicy)]
    public async Task<IActionResult> Register(RegisterInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var login = LoginNames.Normalise(input.Login);
        if (login is null)
        {
            ModelState.AddModelError(nameof(input.Login), localizer["Account.LoginInvalid"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }

        var user = new LabourHubUser
        {
            UserName = login,
            Email = LoginNames.IsEmail(login!) ? login : null,
            PhoneNumber = LoginNames.IsEmail(login!) ? null : login,
            PreferredCulture = input.Culture,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(input.Password) : nameof(input.Login),
                    localizer["Account." + error.Code].ResourceNotFound ? localizer["Account.CannotRegister"] : localizer["Account." + error.Code]);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }

        await users.AddToRoleAsync(user, Roles.Worker);
        LogRegistered(logger, user.Id);
        RememberCulture(user.PreferredCulture);
        if (user.Email is not null)
        {
            var token = await users.GenerateEmailConfirmationTokenAsync(user);
            var link = new Uri($"{Request.Scheme}://{Request.Host}/account/confirm?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");
            await mailer.SendConfirmationAsync(user, link, cancellationToken);
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/workers");
    }

    /// <summary>From now on the portal speaks the language the person chose when signing up.</summary>
    private void RememberCulture(string culture) =>
        Response.Cookies.Append(
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new Microsoft.AspNetCore.Localization.RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

    [HttpGet("denied")]
    [AllowAnonymous]
    public IActionResult Denied() => View();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sign-in hit the lockout")]
    private static partial void LogLockedOut(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker account {UserId} registered")]
    private static partial void LogRegistered(ILogger logger, string userId);
}
