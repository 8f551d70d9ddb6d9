using LabourHub.Domain.Employers;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Mail;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>A business owner invites recruiters by e-mail; they see the business's applicants, never more.</summary>
[Authorize(Roles = Roles.EmployerOwner, Policy = MfaPolicy.Name)]
[Route("employer/team")]
public sealed partial class TeamController(
    UserManager<LabourHubUser> users,
    LabourHubDbContext db,
    AccountMailer mailer,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock,
    ILogger<TeamController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => await Page(invited: false, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Invite([FromForm] string? email, CancellationToken cancellationToken)
    {
        var employer = await OwnEmployerAsync(cancellationToken);
        var address = LabourHub.Identity.Accounts.LoginNames.Normalise(email);
        if (employer is null || address is null || !address.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError(string.Empty, localizer["Business.Email"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await Page(invited: false, cancellationToken);
        }

        var user = await users.FindByEmailAsync(address);
        if (user is not null && !await users.IsInRoleAsync(user, Roles.EmployerRecruiter))
        {
            ModelState.AddModelError(string.Empty, localizer["Team.OtherRole"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await Page(invited: false, cancellationToken);
        }

        if (user is null)
        {
            user = new LabourHubUser { UserName = address, Email = address, EmailConfirmed = true, PreferredCulture = Application.Common.CultureLanguage.Current, CreatedAt = clock.GetUtcNow() };
            if (!(await users.CreateAsync(user)).Succeeded)
            {
                ModelState.AddModelError(string.Empty, localizer["Business.CannotRegister"]);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await Page(invited: false, cancellationToken);
            }

            await users.AddToRoleAsync(user, Roles.EmployerRecruiter);
        }

        if (!await db.EmployerMembers.AnyAsync(m => m.EmployerId == employer.Id && m.UserId == user.Id, cancellationToken))
        {
            db.EmployerMembers.Add(EmployerMember.Invite(employer.Id, user.Id, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = new Uri($"{Request.Scheme}://{Request.Host}/account/reset?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");
        await mailer.SendRecruiterInvitationAsync(user, employer.Name, link, cancellationToken);
        LogInvited(logger, user.Id, employer.Id.Value);
        return await Page(invited: true, cancellationToken);
    }

    private async Task<Employer?> OwnEmployerAsync(CancellationToken cancellationToken)
    {
        var owner = User.FindFirst("sub")?.Value;
        return await db.Employers.FirstOrDefaultAsync(e => e.OwnerUserId == owner, cancellationToken);
    }

    private async Task<IActionResult> Page(bool invited, CancellationToken cancellationToken)
    {
        var employer = await OwnEmployerAsync(cancellationToken);
        var members = new List<string>();
        if (employer is not null)
        {
            foreach (var id in await db.EmployerMembers.Where(m => m.EmployerId == employer.Id).Select(m => m.UserId).ToListAsync(cancellationToken))
            {
                members.Add((await users.FindByIdAsync(id))?.UserName ?? id);
            }
        }

        return View("Index", new TeamViewModel(employer?.Name, members, invited));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recruiter {UserId} invited to employer {EmployerId}")]
    private static partial void LogInvited(ILogger logger, string userId, Guid employerId);
}
