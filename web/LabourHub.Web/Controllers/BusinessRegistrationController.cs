using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Domain.Employers;
using LabourHub.Domain.ValueObjects;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>
/// A business owner registers the account and the business together (tax number checked). The two live in different
/// stores: the business is validated first, the account created, then the business saved; if that fails the account
/// is removed again, so no half-registered owner is left. Owners then set up MFA before anything else.
/// </summary>
[AllowAnonymous]
[Route("account/register-business")]
public sealed partial class BusinessRegistrationController(
    UserManager<LabourHubUser> users,
    SignInManager<LabourHubUser> signIn,
    LabourHubDbContext db,
    IReferenceCatalogue catalogue,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock,
    ILogger<BusinessRegistrationController> logger) : Controller
{
    [HttpGet("")]
    public IActionResult Register() => View(Form(new BusinessRegistrationInput { Culture = CultureLanguage.Current }));

    [HttpPost("")]
    [EnableRateLimiting(AccountController.RateLimitPolicy)]
    public async Task<IActionResult> Register(BusinessRegistrationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var taxNumber = TaxNumber.Create(input.TaxNumber);
        if (!taxNumber.IsSuccess)
        {
            ModelState.AddModelError(nameof(input.TaxNumber), localizer["DomainError." + taxNumber.Error!.Code]);
        }
        else if (await db.Employers.AnyAsync(e => e.TaxNumber == taxNumber.Value, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.TaxNumber), localizer["Business.TaxNumberTaken"]);
        }

        if (!ModelState.IsValid)
        {
            return Invalid(input);
        }

        var now = clock.GetUtcNow();
        var email = input.Email.Trim().ToLowerInvariant();
        var user = new LabourHubUser { UserName = email, Email = email, PreferredCulture = input.Culture, CreatedAt = now };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(string.Empty, localizer["Business." + error.Code].ResourceNotFound ? localizer["Business.CannotRegister"] : localizer["Business." + error.Code]);
            }

            return Invalid(input);
        }

        var employer = Employer.Register(taxNumber.Value, input.BusinessName, input.Sector, input.Sector, input.Province, null,
            input.TurkishEmployees, input.ForeignEmployees, user.Id, now);
        try
        {
            if (!employer.IsSuccess)
            {
                throw new InvalidOperationException(employer.Error!.Code);
            }

            db.Employers.Add(employer.Value);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            await users.DeleteAsync(user);
            ModelState.AddModelError(string.Empty, localizer["Business.CannotRegister"]);
            return Invalid(input);
        }

        await users.AddToRoleAsync(user, Roles.EmployerOwner);
        LogRegistered(logger, user.Id, employer.Value.Id.Value);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/account/mfa/setup?returnUrl=%2Femployers");
    }

    private ViewResult Invalid(BusinessRegistrationInput input)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        input.Password = string.Empty;
        return View("Register", Form(input));
    }

    private BusinessRegistrationViewModel Form(BusinessRegistrationInput input) =>
        new(input, catalogue.Provinces, catalogue.NaceSections, CultureLanguage.Current);

    [LoggerMessage(Level = LogLevel.Information, Message = "Business owner {UserId} registered employer {EmployerId}")]
    private static partial void LogRegistered(ILogger logger, string userId, Guid employerId);
}
