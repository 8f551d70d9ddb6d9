using System.Net;
using LabourHub.Domain.Employers;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>A case worker verifies or refuses the businesses on their desk, and only those.</summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Marketplace")]
public sealed class EmployerDeskTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task A_case_worker_refuses_then_verifies_an_assigned_business_and_another_business_is_not_found()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var caseWorker = (await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync("caseworker@demo.labourhub.example"))!.Id;
        var assigned = await db.EmployerCaseAssignments.Where(a => a.CaseWorkerUserId == caseWorker).Select(a => a.EmployerId).ToListAsync();
        var mine = assigned[0];
        var other = await db.Employers.Where(e => !assigned.Contains(e.Id)).Select(e => e.Id.Value).FirstAsync();
        var name = await db.Employers.Where(e => e.Id == mine).Select(e => e.Name).SingleAsync();

        var browser = portal.Browser();
        var signIn = await IdentityPortalFactory.SignInAsync(browser, "caseworker@demo.labourhub.example", IdentitySeeder.DemoPassword);
        if (signIn.Headers.Location?.OriginalString.StartsWith("/account/mfa", StringComparison.Ordinal) == true)
        {
            Assert.True(await MfaTests.CompleteDemoMfaAsync(browser));
        }

        var page = await browser.GetStringAsync("/caseworker/employers?culture=en");
        Assert.Contains(name, page, StringComparison.Ordinal);
        var token = IdentityPortalFactory.Token(page);

        Assert.Equal(HttpStatusCode.Redirect, (await Decide(browser, mine.Value, false, token)).StatusCode);
        Assert.Equal(VerificationStatus.Rejected, await StatusAsync(mine));
        Assert.Equal(HttpStatusCode.Redirect, (await Decide(browser, mine.Value, true, token)).StatusCode);
        Assert.Equal(VerificationStatus.Verified, await StatusAsync(mine));

        var before = await StatusAsync(new Domain.Identifiers.EmployerId(other));
        Assert.Equal(HttpStatusCode.NotFound, (await Decide(browser, other, before != VerificationStatus.Verified, token)).StatusCode);
        Assert.Equal(before, await StatusAsync(new Domain.Identifiers.EmployerId(other)));
    }

    private static Task<HttpResponseMessage> Decide(HttpClient browser, Guid employer, bool verified, string token) =>
        browser.PostAsync($"/caseworker/employers/{employer}/verification", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["verified"] = verified ? "true" : "false",
            ["__RequestVerificationToken"] = token,
        }));

    private async Task<VerificationStatus> StatusAsync(Domain.Identifiers.EmployerId id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Employers.Where(e => e.Id == id).Select(e => e.Verification).SingleAsync();
    }
}
