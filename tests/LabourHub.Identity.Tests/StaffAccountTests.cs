using System.Net;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Identity")]
public sealed class StaffAccountTests(IdentityPortalFactory portal)
{
    private const string Password = "admin of the field office";

    [Fact]
    public async Task Admin_CreatesACaseWorker_WhoChoosesAPassword_AndMustSetUpMfa()
    {
        var admin = await SignedInAdminAsync();
        var email = $"cw-{Guid.NewGuid():N}@example.org";
        var page = await admin.GetStringAsync("/admin/staff");

        var created = await admin.PostAsync("/admin/staff", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Role"] = Roles.CaseWorker,
            ["Culture"] = "en",
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page),
        }));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains(email, await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var invitation = portal.Mails().Single(m => m.Contains(email, StringComparison.Ordinal));
        Assert.Contains("created a LabourHub staff account for you", invitation, StringComparison.Ordinal);
        var saved = await IdentityPortalFactory.ChoosePasswordFromMailAsync(portal.Browser(), invitation, "helping people find work");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var signIn = await IdentityPortalFactory.SignInAsync(portal.Browser(), email, "helping people find work");
        Assert.StartsWith("/account/mfa/setup", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("worker@demo.labourhub.example")]
    public async Task NonAdmins_CannotOpenTheStaffPage(string login)
    {
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, login, LabourHub.Identity.Server.IdentitySeeder.DemoPassword);

        var response = await browser.GetAsync("/admin/staff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location?.AbsolutePath ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousVisitor_IsSentToSignIn() =>
        Assert.StartsWith("/account/login", (await portal.Browser().GetAsync("/admin/staff")).Headers.Location?.AbsolutePath ?? string.Empty, StringComparison.Ordinal);

    private async Task<HttpClient> SignedInAdminAsync()
    {
        string key;
        var login = $"admin-{Guid.NewGuid():N}@example.org";
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
            var user = new LabourHubUser { UserName = login, Email = login, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Admin);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, login, Password);
        Assert.Equal(HttpStatusCode.Redirect, (await MfaTests.PostCodeAsync(browser, MfaTests.CurrentCode(key))).StatusCode);
        return browser;
    }
}
