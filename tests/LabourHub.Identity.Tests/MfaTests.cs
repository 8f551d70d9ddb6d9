using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace LabourHub.Identity.Tests;

[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Identity")]
public sealed partial class MfaTests(IdentityPortalFactory portal)
{
    public static string CurrentCode(string key = IdentitySeeder.DemoAuthenticatorKey, int stepOffset = 0) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepOffset));

    public static async Task<HttpResponseMessage> PostCodeAsync(HttpClient browser, string code, string path = "/account/mfa")
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetStringAsync(path);
        return await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code,
            ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page),
        }));
    }

    /// <summary>
    /// Completes the second step with the demo key. Each code works once, so when another test already used this
    /// 30-second step for the same account, the next step's code (inside the accepted window) is used.
    /// </summary>
    public static async Task<bool> CompleteDemoMfaAsync(HttpClient browser)
    {
        for (var offset = 0; offset < 2; offset++)
        {
            if ((await PostCodeAsync(browser, CurrentCode(stepOffset: offset))).StatusCode == HttpStatusCode.Redirect)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public async Task TotpCode_WorksOnce_AReplayInAnotherSessionFails()
    {
        var (user, key) = await StaffWithAuthenticatorAsync("replay");
        var first = portal.Browser();
        await IdentityPortalFactory.SignInAsync(first, user, Password);
        var code = CurrentCode(key);
        Assert.Equal(HttpStatusCode.Redirect, (await PostCodeAsync(first, code)).StatusCode);

        var attacker = portal.Browser();
        await IdentityPortalFactory.SignInAsync(attacker, user, Password);
        var replay = await PostCodeAsync(attacker, code);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task TotpCode_TwoStepsOld_IsRefused()
    {
        var (user, key) = await StaffWithAuthenticatorAsync("old-code");
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, user, Password);

        var response = await PostCodeAsync(browser, CurrentCode(key, stepOffset: -2));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostCodeAsync(browser, CurrentCode(key, stepOffset: -1))).StatusCode);
    }

    [Fact]
    public async Task RecoveryCode_WorksOnce()
    {
        var (user, _) = await StaffWithAuthenticatorAsync("recovery");
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var account = await users.FindByNameAsync(user);
        var recovery = (await users.GenerateNewTwoFactorRecoveryCodesAsync(account!, 2))!.First();

        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, user, Password);
        Assert.Equal(HttpStatusCode.Redirect, (await PostCodeAsync(browser, recovery)).StatusCode);

        var again = portal.Browser();
        await IdentityPortalFactory.SignInAsync(again, user, Password);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostCodeAsync(again, recovery)).StatusCode);
    }

    [Fact]
    public async Task Staff_WithoutAnAuthenticator_MustSetOneUp_AndGetsRecoveryCodes()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var staff = new LabourHubUser { UserName = "new-caseworker@example.org", Email = "new-caseworker@example.org" };
        Assert.True((await users.CreateAsync(staff, Password)).Succeeded);
        await users.AddToRoleAsync(staff, Roles.CaseWorker);
        var browser = portal.Browser();

        var signIn = await IdentityPortalFactory.SignInAsync(browser, staff.UserName, Password);
        Assert.StartsWith("/account/mfa/setup", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var setup = await browser.GetStringAsync("/account/mfa/setup");
        var key = KeyPattern().Match(setup).Groups[1].Value;
        Assert.NotEmpty(key);

        var confirmed = await PostCodeAsync(browser, CurrentCode(key), "/account/mfa/setup");
        var page = await confirmed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(10, RecoveryPattern().Count(page));
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.True(me.GetProperty("mfa").GetBoolean());
    }

    private const string Password = "a quiet walk by the sea";

    private async Task<(string User, string Key)> StaffWithAuthenticatorAsync(string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var user = new LabourHubUser { UserName = $"{name}-{Guid.NewGuid():N}@example.org" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.MinistryAnalyst);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (user.UserName, (await users.GetAuthenticatorKeyAsync(user))!);
    }

    [GeneratedRegex("<code class=\"user-select-all\" dir=\"ltr\">([A-Z2-7]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li>[a-zA-Z0-9]{5}-?[a-zA-Z0-9]{5}</li>")]
    private static partial Regex RecoveryPattern();
}
