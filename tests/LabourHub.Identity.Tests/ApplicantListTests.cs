using System.Net;
using System.Text.RegularExpressions;
using LabourHub.Domain.Applications;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>The employer's applicant list: no names, moves with a version token, reasons on rejection, others' 404.</summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Marketplace")]
public sealed partial class ApplicantListTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task A_recruiter_shortlists_invites_and_rejects_with_a_reason_and_a_stale_page_is_refused()
    {
        var (vacancyId, applications) = await AVacancyWithSubmittedApplicationsAsync(2);
        var recruiter = portal.Browser();
        await IdentityPortalFactory.SignInAsync(recruiter, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);
        var url = $"/employer/vacancies/{vacancyId}/applicants";

        var page = await recruiter.GetStringAsync(url + "?culture=en");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var names = await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Workers.Select(w => w.DisplayName).ToListAsync();
            Assert.DoesNotContain(names, n => page.Contains(n, StringComparison.Ordinal));
        }

        var first = applications[0];
        var staleVersion = Version(page, first);
        var invited = await MoveAsync(recruiter, page, url, first, "Interview", null, staleVersion);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var replay = await MoveAsync(recruiter, page, url, first, "Reject", "skills", staleVersion);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("Someone changed this application", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var second = applications[1];
        var fresh = await recruiter.GetStringAsync(url + "?culture=en");
        var rejected = await MoveAsync(recruiter, fresh, url, second, "Reject", "language", Version(fresh, second));
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var badReason = await MoveAsync(recruiter, fresh, url, first, "Reject", "nationality", Version(await recruiter.GetStringAsync(url), first));
        Assert.Equal(HttpStatusCode.BadRequest, badReason.StatusCode);

        await using var check = portal.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var states = await db.Applications.Where(a => a.VacancyId == new Domain.Identifiers.VacancyId(vacancyId)).ToDictionaryAsync(a => a.Id.Value);
        Assert.Equal(ApplicationStatus.Interview, states[first].Status);
        Assert.Equal(ApplicationStatus.Rejected, states[second].Status);
        Assert.Equal("language", states[second].RejectionReason);
    }

    [Fact]
    public async Task Another_business_applicants_are_not_found()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var employerId = await RecruiterBusinessAsync(scope, db);
        var other = await (from a in db.Applications
                           join v in db.Vacancies on a.VacancyId equals v.Id
                           where v.EmployerId != employerId
                           select new { Vacancy = v.Id.Value, Application = a.Id.Value, a.Version }).FirstAsync();
        var recruiter = portal.Browser();
        await IdentityPortalFactory.SignInAsync(recruiter, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.GetAsync($"/employer/vacancies/{other.Vacancy}/applicants")).StatusCode);
        var list = await recruiter.GetStringAsync("/employer/vacancies");
        var response = await recruiter.PostAsync($"/employer/vacancies/{other.Vacancy}/applicants/{other.Application}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["action"] = "Reject",
            ["reason"] = "other",
            ["version"] = other.Version.ToString(),
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(list),
        }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(Guid Vacancy, List<Guid> Applications)> AVacancyWithSubmittedApplicationsAsync(int count)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var employerId = await RecruiterBusinessAsync(scope, db);
        var vacancy = await db.Vacancies.Where(v => v.EmployerId == employerId && v.Status == Domain.Vacancies.VacancyStatus.Open).OrderBy(v => v.Title).FirstAsync();
        var applied = db.Applications.Where(a => a.VacancyId == vacancy.Id).Select(a => a.WorkerId);
        var workers = await db.Workers.Where(w => !applied.Contains(w.Id)).OrderBy(w => w.RegisteredAt).Take(count).ToListAsync();
        var created = workers.Select(w => JobApplication.Submit(vacancy.Id, w.Id, TimeProvider.System.GetUtcNow())).ToList();
        db.Applications.AddRange(created);
        await db.SaveChangesAsync();
        return (vacancy.Id.Value, created.Select(a => a.Id.Value).ToList());
    }

    private static async Task<Domain.Identifiers.EmployerId> RecruiterBusinessAsync(AsyncServiceScope scope, LabourHubDbContext db)
    {
        var recruiter = (await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync("recruiter@demo.labourhub.example"))!.Id;
        return await db.EmployerMembers.Where(m => m.UserId == recruiter).Select(m => m.EmployerId).FirstAsync();
    }

    private static string Version(string page, Guid application) =>
        Regex.Match(page, $"/applicants/{application}\"[^>]*>\\s*<input type=\"hidden\" name=\"version\" value=\"([0-9a-f-]+)\"").Groups[1].Value;

    private static Task<HttpResponseMessage> MoveAsync(HttpClient browser, string page, string url, Guid application, string action, string? reason, string version)
    {
        var fields = new Dictionary<string, string>
        {
            ["action"] = action,
            ["version"] = version,
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page),
        };
        if (reason is not null)
        {
            fields["reason"] = reason;
        }

        return browser.PostAsync($"{url}/{application}", new FormUrlEncodedContent(fields));
    }
}
