using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LabourHub.Application.Workers;
using LabourHub.Domain.Applications;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>The role-by-object access matrix on GET /api/v1/workers/{id}, with the demo accounts and their links.</summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Identity")]
public sealed class WorkerAccessTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task Worker_SeesTheirOwnProfileInFull_AndNobodyElses()
    {
        var browser = await SignedIn("worker@demo.labourhub.example");
        var (own, other) = await OwnAndOtherWorkerAsync();

        var mine = await browser.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{own}");
        Assert.Equal("Full", mine.GetProperty("access").GetString());
        Assert.NotNull(mine.GetProperty("nationality").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/workers/{other}")).StatusCode);
    }

    [Fact]
    public async Task Employer_SeesApplicants_ContactOnlyAfterAnInterview_AndNeverOthers()
    {
        var browser = await SignedIn("owner@demo.labourhub.example");
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var ownerId = (await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync("owner@demo.labourhub.example"))!.Id;
        var mine = await (from a in db.Applications
                          join v in db.Vacancies on a.VacancyId equals v.Id
                          join e in db.Employers on v.EmployerId equals e.Id
                          where e.OwnerUserId == ownerId
                          select new { a.WorkerId, a.Status }).ToListAsync();
        Assert.NotEmpty(mine);
        var applicants = mine.Select(m => m.WorkerId).ToHashSet();
        var stranger = await db.Workers.Where(w => !w.Discoverable && !applicants.Contains(w.Id)).Select(w => w.Id).FirstAsync();

        foreach (var application in mine.Take(10))
        {
            var interviewed = mine.Where(m => m.WorkerId == application.WorkerId)
                .Any(m => m.Status is ApplicationStatus.Interview or ApplicationStatus.Offered or ApplicationStatus.Hired);
            var view = await browser.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{application.WorkerId}");
            Assert.Equal(interviewed ? "Contact" : "Professional", view.GetProperty("access").GetString());
            Assert.Equal(interviewed, view.GetProperty("displayName").ValueKind == JsonValueKind.String);
            Assert.Equal(JsonValueKind.Null, view.GetProperty("nationality").ValueKind);
            Assert.Equal(JsonValueKind.Null, view.GetProperty("protectionStatus").ValueKind);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/workers/{stranger}")).StatusCode);
    }

    [Fact]
    public async Task CaseWorker_SeesAssignedWorkersOnly()
    {
        var browser = await SignedIn("caseworker@demo.labourhub.example");
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var assigned = await db.CaseAssignments.Select(c => c.WorkerId).ToListAsync();
        var unassigned = await db.Workers.Where(w => !assigned.Contains(w.Id)).Select(w => w.Id).FirstAsync();

        Assert.Equal("Full", (await browser.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{assigned[0]}")).GetProperty("access").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/workers/{unassigned}")).StatusCode);
    }

    [Theory]
    [InlineData("analyst@demo.labourhub.example")]
    [InlineData("admin@demo.labourhub.example")]
    public async Task AnalystsAndAdministrators_SeeNoWorker(string login)
    {
        var browser = await SignedIn(login);
        var (own, _) = await OwnAndOtherWorkerAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/workers/{own}")).StatusCode);
    }

    [Fact]
    public async Task MinistryClientToken_ReachesMe_ButNoWorker_AndAnonymousIs401()
    {
        var (own, _) = await OwnAndOtherWorkerAsync();
        var token = await portal.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = IdentitySeeder.MinistryClientId,
            ["client_secret"] = IdentitySeeder.MinistryClientSecret,
            ["scope"] = IdentityScopes.ReportsRead,
        }));
        var access = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/workers/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.Browser().GetAsync($"/api/v1/workers/{own}")).StatusCode);
    }

    [Theory]
    [InlineData(true, false, false, false, false, false, false, false, WorkerAccessLevel.Full)]
    [InlineData(false, true, false, true, false, false, false, false, WorkerAccessLevel.Professional)]
    [InlineData(false, true, false, false, false, true, false, false, WorkerAccessLevel.Professional)]
    [InlineData(false, true, false, true, true, false, false, false, WorkerAccessLevel.Contact)]
    [InlineData(false, true, false, false, false, false, false, false, WorkerAccessLevel.None)]
    [InlineData(false, false, true, false, false, false, true, true, WorkerAccessLevel.Full)]
    [InlineData(false, false, true, false, false, false, true, false, WorkerAccessLevel.None)]
    [InlineData(false, false, true, false, false, true, false, true, WorkerAccessLevel.None)]
    [InlineData(false, false, false, true, true, true, true, true, WorkerAccessLevel.None)]
    public void AccessRule_Matrix(bool self, bool employer, bool caseWorker, bool applied, bool interviewed, bool discoverable, bool assigned, bool consented, WorkerAccessLevel expected) =>
        Assert.Equal(expected, WorkerAccessRule.Decide(new WorkerAccessFacts
        {
            IsSelf = self,
            IsEmployer = employer,
            IsCaseWorker = caseWorker,
            AppliedToCallersEmployer = applied,
            AcceptedInterviewWithCallersEmployer = interviewed,
            Discoverable = discoverable,
            AssignedToCaller = assigned,
            CaseWorkerAccessConsented = consented,
        }));

    private async Task<HttpClient> SignedIn(string login)
    {
        var browser = portal.Browser();
        var response = await IdentityPortalFactory.SignInAsync(browser, login, IdentitySeeder.DemoPassword);
        if (response.Headers.Location?.OriginalString.StartsWith("/account/mfa", StringComparison.Ordinal) == true)
        {
            Assert.True(await MfaTests.CompleteDemoMfaAsync(browser));
        }

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/me")).StatusCode);
        return browser;
    }

    private async Task<(Guid Own, Guid Other)> OwnAndOtherWorkerAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var workerUser = (await users.FindByNameAsync("worker@demo.labourhub.example"))!.Id;
        var own = await db.Workers.Where(w => w.UserId == workerUser).Select(w => w.Id.Value).SingleAsync();
        var other = await db.Workers.Where(w => w.UserId != workerUser).Select(w => w.Id.Value).FirstAsync();
        return (own, other);
    }
}
