using System.Net;
using LabourHub.Application.Workers;
using LabourHub.Application.Workers.GetWorkerProfile;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Privacy;
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
public sealed class ConsentTests(IdentityPortalFactory portal)
{
    [Theory]
    [InlineData("tr", "LabourHub verilerinizi nasıl kullanır")]
    [InlineData("ar", "كيف يستخدم LabourHub بياناتك")]
    [InlineData("fa", "LabourHub چگونه از داده‌های شما استفاده می‌کند")]
    [InlineData("en", "How LabourHub uses your data")]
    public async Task PrivacyNotice_IsVersioned_AndInEachLanguage(string culture, string title)
    {
        var html = await portal.Browser().GetStringAsync($"/privacy?culture={culture}");

        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(PrivacyNotice.CurrentVersion, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consents_WithoutSigningIn_SendToTheSignInPage()
    {
        var response = await portal.Browser().GetAsync("/account/consents");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawingDiscoverability_HidesTheWorkerFromEmployersAtOnce_AndEveryDecisionIsKept()
    {
        const string password = "my consent my choice";
        var login = $"consent-{Guid.NewGuid():N}@example.org";
        string userId;
        WorkerId workerId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
            var user = new LabourHubUser { UserName = login, Email = login };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Worker);
            userId = user.Id;
            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            var worker = Worker.Register(new WorkerProfile
            {
                DisplayName = "Consent Test",
                NationalityCode = "SY",
                ProtectionStatus = ProtectionStatus.TemporaryProtection,
                ProtectionRegisteredOn = new DateOnly(2020, 1, 1),
                RegisteredProvinceCode = 27,
                AvailableFrom = new DateOnly(2026, 12, 1),
                Languages = [new LanguageSkill("ar", CefrLevel.C2)],
                Discoverable = false,
            }, userId, DateTimeOffset.UnixEpoch.AddYears(56)).Value;
            db.Workers.Add(worker);
            await db.SaveChangesAsync();
            workerId = worker.Id;
        }

        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, login, password);
        await Save(browser, ConsentPurpose.Matching, ConsentPurpose.DiscoverableToEmployers);
        Assert.True(await Discoverable(workerId));
        var page = await browser.GetStringAsync("/account/consents");
        Assert.Contains("value=\"DiscoverableToEmployers\" id=\"consent-DiscoverableToEmployers\" checked=\"checked\"", page, StringComparison.Ordinal);

        Assert.Equal(WorkerAccessLevel.Professional, await EmployerView(workerId));

        await Save(browser, ConsentPurpose.Matching);

        Assert.False(await Discoverable(workerId));
        Assert.Equal(WorkerAccessLevel.None, await EmployerView(workerId));
        await using var check = portal.Services.CreateAsyncScope();
        var records = await check.ServiceProvider.GetRequiredService<LabourHubDbContext>().ConsentRecords.Where(r => r.UserId == userId).ToListAsync();
        Assert.Equal(5, records.Count); // the first save records all four decisions (two given, two declined), then one withdrawal
        Assert.Equal([true, false], records.Where(r => r.Purpose == ConsentPurpose.DiscoverableToEmployers).OrderBy(r => r.RecordedAt).Select(r => r.Granted));
        Assert.All(records, r => Assert.Equal(PrivacyNotice.CurrentVersion, r.NoticeVersion));
    }

    /// <summary>What an employer the worker never applied to sees of them.</summary>
    private async Task<WorkerAccessLevel> EmployerView(WorkerId id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<GetWorkerProfileHandler>();
        return (await handler.HandleAsync(id.Value, "some-other-employer", [Roles.EmployerOwner], CancellationToken.None)).Access;
    }

    private async Task<bool> Discoverable(WorkerId id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Workers.AsNoTracking().SingleAsync(w => w.Id == id)).Discoverable;
    }

    private static async Task Save(HttpClient browser, params ConsentPurpose[] granted)
    {
        var page = await browser.GetStringAsync("/account/consents");
        var form = granted.Select(p => new KeyValuePair<string, string>("granted", p.ToString()))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", IdentityPortalFactory.Token(page)));
        var response = await browser.PostAsync("/account/consents", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
