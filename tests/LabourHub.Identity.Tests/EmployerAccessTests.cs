using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabourHub.Domain.CaseWork;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>Object-level access to a business's case file (GET /api/v1/employers/{id}).</summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Identity")]
public sealed class EmployerAccessTests(IdentityPortalFactory portal)
{
    private const string Password = "a business of our own";

    [Fact]
    public async Task Owner_SeesTheirBusiness_NotAnotherOne()
    {
        var (login, key) = await StaffAsync(Roles.EmployerOwner);
        var (mine, other) = await TwoEmployersAsync(async (db, ids) =>
        {
            var employer = await db.Employers.SingleAsync(e => e.Id == ids[0]);
            employer.AssignOwner(await UserId(login));
        });
        var browser = await SignIn(login, key);

        var view = await browser.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{mine}");
        Assert.True(view.GetProperty("turkishHeadcount").GetInt32() >= 0);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/employers/{other}")).StatusCode);
    }

    [Fact]
    public async Task CaseWorker_SeesAssignedBusinessesOnly()
    {
        var (login, key) = await StaffAsync(Roles.CaseWorker);
        var userId = await UserId(login);
        var (assigned, other) = await TwoEmployersAsync((db, ids) =>
        {
            db.EmployerCaseAssignments.Add(EmployerCaseAssignment.Assign(userId, ids[0], DateTimeOffset.UnixEpoch.AddYears(56)));
            return Task.CompletedTask;
        });
        var browser = await SignIn(login, key);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/v1/employers/{assigned}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/employers/{other}")).StatusCode);
    }

    [Fact]
    public async Task Workers_SeeNoBusinessCaseFile()
    {
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, "worker@demo.labourhub.example", IdentitySeeder.DemoPassword);
        var (any, _) = await TwoEmployersAsync((_, _) => Task.CompletedTask);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/employers/{any}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.Browser().GetAsync($"/api/v1/employers/{any}")).StatusCode);
    }

    private async Task<(string Login, string Key)> StaffAsync(string role)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var login = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var user = new LabourHubUser { UserName = login, Email = login };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (login, (await users.GetAuthenticatorKeyAsync(user))!);
    }

    private async Task<string> UserId(string login)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync(login))!.Id;
    }

    private async Task<(Guid First, Guid Second)> TwoEmployersAsync(Func<LabourHubDbContext, List<Domain.Identifiers.EmployerId>, Task> arrange)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var taken = await db.EmployerCaseAssignments.Select(c => c.EmployerId).ToListAsync();
        var ids = await db.Employers.Where(e => e.OwnerUserId == null && !taken.Contains(e.Id)).OrderByDescending(e => e.Id).Take(2).Select(e => e.Id).ToListAsync();
        await arrange(db, ids);
        await db.SaveChangesAsync();
        return (ids[0].Value, ids[1].Value);
    }

    private async Task<HttpClient> SignIn(string login, string key)
    {
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, login, Password);
        Assert.Equal(HttpStatusCode.Redirect, (await MfaTests.PostCodeAsync(browser, MfaTests.CurrentCode(key))).StatusCode);
        return browser;
    }
}
