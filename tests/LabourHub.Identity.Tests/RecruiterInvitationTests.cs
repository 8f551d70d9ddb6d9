using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Identity")]
public sealed class RecruiterInvitationTests(IdentityPortalFactory portal)
{
    private const string Password = "we bake bread every morning";

    [Fact]
    public async Task Owner_InvitesARecruiter_WhoSeesTheBusinessApplicants_AndNoOneElse()
    {
        var (owner, applicant, stranger) = await OwnerOfABusinessWithApplicantsAsync();
        var recruiterEmail = $"recruiter-{Guid.NewGuid():N}@example.com";
        var page = await owner.GetStringAsync("/employer/team");

        var invited = await owner.PostAsync("/employer/team", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = recruiterEmail,
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page),
        }));
        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        Assert.Contains(recruiterEmail, await invited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mail = portal.Mails().Single(m => m.Contains(recruiterEmail, StringComparison.Ordinal));
        var recruiter = portal.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await IdentityPortalFactory.ChoosePasswordFromMailAsync(recruiter, mail, "recruiting with care")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await IdentityPortalFactory.SignInAsync(recruiter, recruiterEmail, "recruiting with care")).StatusCode);

        var view = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{applicant}");
        Assert.True(view.GetProperty("access").GetString() is "Professional" or "Contact");
        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.GetAsync($"/api/v1/workers/{stranger}")).StatusCode);
    }

    [Fact]
    public async Task Workers_CannotOpenTheTeamPage()
    {
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, "worker@demo.labourhub.example", LabourHub.Identity.Server.IdentitySeeder.DemoPassword);

        var response = await browser.GetAsync("/employer/team");

        Assert.StartsWith("/account/denied", response.Headers.Location?.AbsolutePath ?? string.Empty, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Owner, Guid Applicant, Guid Stranger)> OwnerOfABusinessWithApplicantsAsync()
    {
        string key;
        var login = $"owner-{Guid.NewGuid():N}@example.com";
        Guid applicant;
        Guid stranger;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
            var user = new LabourHubUser { UserName = login, Email = login, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.EmployerOwner);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            key = (await users.GetAuthenticatorKeyAsync(user))!;

            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            var withApplicants = await (from a in db.Applications
                                        join v in db.Vacancies on a.VacancyId equals v.Id
                                        join e in db.Employers on v.EmployerId equals e.Id
                                        where e.OwnerUserId == null
                                        select new { e.Id, a.WorkerId }).FirstAsync();
            var employer = await db.Employers.SingleAsync(e => e.Id == withApplicants.Id);
            employer.AssignOwner(user.Id);
            await db.SaveChangesAsync();
            applicant = withApplicants.WorkerId.Value;
            var applicants = await (from a in db.Applications join v in db.Vacancies on a.VacancyId equals v.Id where v.EmployerId == employer.Id select a.WorkerId).ToListAsync();
            stranger = await db.Workers.Where(w => !w.Discoverable && !applicants.Contains(w.Id)).Select(w => w.Id.Value).FirstAsync();
        }

        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, login, Password);
        Assert.Equal(HttpStatusCode.Redirect, (await MfaTests.PostCodeAsync(browser, MfaTests.CurrentCode(key))).StatusCode);
        return (browser, applicant, stranger);
    }
}
