using System.Net;
using System.Text.Json;
using LabourHub.Domain.Applications;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>A worker applies (twice is once), sees the application, withdraws; nobody else can touch it.</summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Marketplace")]
public sealed class ApplicationTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task Applying_twice_is_one_application_withdrawing_ends_it_and_the_api_lists_it()
    {
        var worker = portal.Browser();
        await IdentityPortalFactory.SignInAsync(worker, "worker@demo.labourhub.example", IdentitySeeder.DemoPassword);
        var vacancyId = await AnOpenVacancyTheDemoWorkerHasNotAppliedToAsync();

        var first = await PostAsync(worker, $"/vacancies/{vacancyId}/apply", $"/vacancies/{vacancyId}");
        var second = await PostAsync(worker, $"/vacancies/{vacancyId}/apply", $"/vacancies/{vacancyId}");

        Assert.Equal("/my/applications?applied=1", first.Headers.Location!.OriginalString);
        Assert.Equal("/my/applications?already=1", second.Headers.Location!.OriginalString);
        var applicationId = await ApplicationIdAsync(vacancyId);
        var page = await worker.GetStringAsync("/my/applications?culture=en");
        Assert.Contains($"/my/applications/{applicationId}/withdraw", page, StringComparison.Ordinal);

        var api = JsonDocument.Parse(await worker.GetStringAsync("/api/v1/me/applications"));
        Assert.Contains(api.RootElement.EnumerateArray(), a => a.GetProperty("id").GetGuid() == applicationId);

        var withdrawn = await PostAsync(worker, $"/my/applications/{applicationId}/withdraw", "/my/applications");
        Assert.Equal("/my/applications?withdrawn=1", withdrawn.Headers.Location!.OriginalString);
        var again = await PostAsync(worker, $"/vacancies/{vacancyId}/apply", $"/vacancies/{vacancyId}");
        Assert.Equal("/my/applications?withdrawn-before=1", again.Headers.Location!.OriginalString);

        await using var scope = portal.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Applications
            .Where(a => a.VacancyId == new Domain.Identifiers.VacancyId(vacancyId)).ToListAsync();
        var mine = Assert.Single(rows, a => a.Id.Value == applicationId);
        Assert.Equal(ApplicationStatus.Withdrawn, mine.Status);
    }

    [Fact]
    public async Task A_closed_or_unknown_vacancy_answers_404_and_another_person_cannot_withdraw_an_application()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var template = await db.Vacancies.AsNoTracking().FirstAsync(v => v.Status == Domain.Vacancies.VacancyStatus.Open);
        var wage = Domain.Reference.MinimumWage.InForce(await db.MinimumWages.ToListAsync(), DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime))!;
        var draft = Domain.Vacancies.Vacancy.Draft(template.EmployerId, new Domain.Vacancies.VacancyDetails
        {
            Title = "Taslak ilan",
            Description = "Henüz yayında değil.",
            Occupation = Domain.ValueObjects.IscoCode.Create(template.IscoCode, scope.ServiceProvider.GetRequiredService<LabourHub.Application.Reference.IReferenceCatalogue>()).Value,
            ProvinceCode = template.ProvinceCode,
            WageMin = wage.NetMonthly,
            WageMax = wage.NetMonthly,
        }, wage, TimeProvider.System.GetUtcNow()).Value;
        db.Vacancies.Add(draft);
        await db.SaveChangesAsync();
        var closed = draft.Id.Value;
        var demoWorker = await DemoWorkerIdAsync(db);
        var someoneElses = await db.Applications.Where(a => a.Status == ApplicationStatus.Submitted && a.WorkerId != demoWorker).Select(a => a.Id.Value).FirstAsync();
        var worker = portal.Browser();
        await IdentityPortalFactory.SignInAsync(worker, "worker@demo.labourhub.example", IdentitySeeder.DemoPassword);
        Assert.False(await db.Applications.AnyAsync(a => a.Id == new Domain.Identifiers.JobApplicationId(someoneElses) && a.WorkerId == demoWorker));

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(worker, $"/vacancies/{closed}/apply", "/my/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(worker, $"/vacancies/{Guid.NewGuid()}/apply", "/my/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(worker, $"/my/applications/{someoneElses}/withdraw", "/my/applications")).StatusCode);

        await using var check = portal.Services.CreateAsyncScope();
        var status = await check.ServiceProvider.GetRequiredService<LabourHubDbContext>().Applications
            .Where(a => a.Id == new Domain.Identifiers.JobApplicationId(someoneElses)).Select(a => a.Status).SingleAsync();
        Assert.Equal(ApplicationStatus.Submitted, status);
    }

    [Fact]
    public async Task A_worker_reads_their_own_whole_profile_and_an_anonymous_caller_gets_401()
    {
        var worker = portal.Browser();
        await IdentityPortalFactory.SignInAsync(worker, "worker@demo.labourhub.example", IdentitySeeder.DemoPassword);

        var profile = JsonDocument.Parse(await worker.GetStringAsync("/api/v1/me/profile"));

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var own = await DemoWorkerIdAsync(db);
        var name = await db.Workers.Where(w => w.Id == own).Select(w => w.DisplayName).SingleAsync();
        Assert.Contains(name, profile.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.Browser().GetAsync("/api/v1/me/profile")).StatusCode);
    }

    [Fact]
    public async Task An_employer_cannot_use_the_worker_application_api()
    {
        var recruiter = portal.Browser();
        await IdentityPortalFactory.SignInAsync(recruiter, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);

        var response = await recruiter.GetAsync("/api/v1/me/applications");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await recruiter.GetAsync("/api/v1/me/profile")).StatusCode);
    }

    private async Task<Guid> AnOpenVacancyTheDemoWorkerHasNotAppliedToAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var worker = await DemoWorkerIdAsync(db);
        var applied = db.Applications.Where(a => a.WorkerId == worker).Select(a => a.VacancyId);
        return await db.Vacancies.Where(v => v.Status == Domain.Vacancies.VacancyStatus.Open && !applied.Contains(v.Id))
            .OrderBy(v => v.Title).Select(v => v.Id.Value).FirstAsync();
    }

    private async Task<Guid> ApplicationIdAsync(Guid vacancyId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var worker = await DemoWorkerIdAsync(db);
        return await db.Applications.Where(a => a.VacancyId == new Domain.Identifiers.VacancyId(vacancyId) && a.WorkerId == worker).Select(a => a.Id.Value).SingleAsync();
    }

    private async Task<Domain.Identifiers.WorkerId> DemoWorkerIdAsync(LabourHubDbContext db)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var userId = (await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync("worker@demo.labourhub.example"))!.Id;
        return await db.Workers.Where(w => w.UserId == userId).Select(w => w.Id).SingleAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string url, string pageWithToken)
    {
        var page = await browser.GetStringAsync(pageWithToken);
        return await browser.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page) }));
    }
}
