using System.Net;
using LabourHub.Domain.Employers;
using LabourHub.Identity.Accounts;
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
    private const string Password = "checking the tax certificate";

    [Fact]
    public async Task A_case_worker_refuses_then_verifies_an_assigned_business_and_another_business_is_not_found()
    {
        // A case worker of its own (with its own authenticator key), so this test never competes with other tests for
        // the demo case worker's one-time codes.
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var user = new LabourHubUser { UserName = $"desk-{Guid.NewGuid():N}@example.org" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.CaseWorker);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var employers = await db.Employers.OrderBy(e => e.Name).Select(e => e.Id).Take(2).ToListAsync();
        var mine = employers[0];
        var other = employers[1].Value;
        db.EmployerCaseAssignments.Add(Domain.CaseWork.EmployerCaseAssignment.Assign(user.Id, mine, TimeProvider.System.GetUtcNow()));
        await db.SaveChangesAsync();
        var name = await db.Employers.Where(e => e.Id == mine).Select(e => e.Name).SingleAsync();

        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, user.UserName, Password);
        Assert.Equal(HttpStatusCode.Redirect, (await MfaTests.PostCodeAsync(browser, MfaTests.CurrentCode(key))).StatusCode);

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
