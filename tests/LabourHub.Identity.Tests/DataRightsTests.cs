using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Identity")]
public sealed class DataRightsTests(IdentityPortalFactory portal)
{
    private const string Password = "these are my own data";

    [Fact]
    public async Task Export_ContainsTheAccountProfileApplicationsAndConsents_OfTheCallerOnly()
    {
        var (login, _, workerId) = await WorkerWithApplicationAsync("export");
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, login, Password);

        var response = await browser.GetAsync("/account/data/export");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(login, json.GetProperty("account").GetProperty("userName").GetString());
        var profile = json.GetProperty("marketplace").GetProperty("workerProfile");
        Assert.Equal(workerId.Value, profile.GetProperty("id").GetGuid());
        Assert.Equal("Erase Me", profile.GetProperty("displayName").GetString());
        Assert.Equal(1, json.GetProperty("marketplace").GetProperty("applications").GetArrayLength());
    }

    [Fact]
    public async Task Erase_WithoutTheConfirmation_ChangesNothing()
    {
        var (login, _, workerId) = await WorkerWithApplicationAsync("no-confirm");
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, login, Password);

        var response = await browser.PostAsync("/account/data/erase", Form(await browser.GetStringAsync("/account/data"), confirm: false));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Workers.AnyAsync(w => w.Id == workerId));
    }

    [Fact]
    public async Task Erase_RemovesTheProfileApplicationsAndAccount_AndSignsOut()
    {
        var (login, userId, workerId) = await WorkerWithApplicationAsync("erase");
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, login, Password);

        var response = await browser.PostAsync("/account/data/erase", Form(await browser.GetStringAsync("/account/data"), confirm: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        Assert.False(await db.Workers.AnyAsync(w => w.Id == workerId));
        Assert.Contains(workerId.Value, portal.ErasureListener.Erased);
        Assert.False(await db.Applications.AnyAsync(a => a.WorkerId == workerId));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByIdAsync(userId));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await IdentityPortalFactory.SignInAsync(portal.Browser(), login, Password)).StatusCode);
    }

    private static FormUrlEncodedContent Form(string page, bool confirm)
    {
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page) };
        if (confirm)
        {
            fields["confirm"] = "true";
        }

        return new FormUrlEncodedContent(fields);
    }

    private async Task<(string Login, string UserId, WorkerId WorkerId)> WorkerWithApplicationAsync(string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var login = $"{name}-{Guid.NewGuid():N}@example.org";
        var user = new LabourHubUser { UserName = login, Email = login };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Worker);
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var worker = Worker.Register(new WorkerProfile
        {
            DisplayName = "Erase Me",
            Phone = PhoneNumber.Create("0532 111 22 33").Value,
            NationalityCode = "AF",
            ProtectionStatus = ProtectionStatus.InternationalProtectionApplicant,
            ProtectionRegisteredOn = new DateOnly(2024, 3, 1),
            RegisteredProvinceCode = 34,
            AvailableFrom = new DateOnly(2026, 12, 1),
        }, user.Id, DateTimeOffset.UnixEpoch.AddYears(56)).Value;
        db.Workers.Add(worker);
        var vacancy = await db.Vacancies.FirstAsync();
        db.Applications.Add(JobApplication.Submit(vacancy.Id, worker.Id, DateTimeOffset.UnixEpoch.AddYears(56)));
        await db.SaveChangesAsync();
        return (login, user.Id, worker.Id);
    }
}
