using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabourHub.Identity.Server;

namespace LabourHub.Identity.Tests;

[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Identity")]
public sealed class AccountTests(IdentityPortalFactory portal)
{
    [Theory]
    [InlineData("worker@demo.labourhub.example", "Worker")]
    [InlineData("owner@demo.labourhub.example", "EmployerOwner")]
    [InlineData("recruiter@demo.labourhub.example", "EmployerRecruiter")]
    [InlineData("caseworker@demo.labourhub.example", "CaseWorker")]
    [InlineData("analyst@demo.labourhub.example", "MinistryAnalyst")]
    [InlineData("admin@demo.labourhub.example", "Admin")]
    public async Task DemoAccount_SignsIn_AndMeShowsItsRole(string login, string role)
    {
        var browser = portal.Browser();

        var signIn = await IdentityPortalFactory.SignInAsync(browser, login, IdentitySeeder.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var needsMfa = LabourHub.Identity.Accounts.MfaPolicy.RequiredFor.Contains(role);
        if (needsMfa)
        {
            Assert.StartsWith("/account/mfa?", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/me")).StatusCode);
            Assert.True(await MfaTests.CompleteDemoMfaAsync(browser));
        }

        var me = await browser.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal([role], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("user", me.GetProperty("kind").GetString());
        Assert.Equal(needsMfa, me.GetProperty("mfa").GetBoolean());
    }

    [Fact]
    public async Task WrongPassword_FiveTimes_LocksTheAccount_EvenForTheRightPassword()
    {
        var browser = portal.Browser();
        var register = await Register(browser, "0533 000 11 22", "a long and private sentence", "tr");
        Assert.Equal(HttpStatusCode.Redirect, register.StatusCode);
        await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(await browser.GetStringAsync("/")),
        }));

        for (var i = 0; i < 5; i++)
        {
            var wrong = await IdentityPortalFactory.SignInAsync(portal.Browser(), "+905330001122", "not the password at all");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        var right = await IdentityPortalFactory.SignInAsync(portal.Browser(), "05330001122", "a long and private sentence");
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("15 dakika", WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_CommonPassword_IsRefusedInTheChosenLanguage_AndNoAccountIsMade()
    {
        var browser = portal.Browser();

        var response = await Register(browser, "refused@example.com", "1234567890", "ar", pageCulture: "ar");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("يستخدم كثيرون كلمة المرور هذه", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var signIn = await IdentityPortalFactory.SignInAsync(portal.Browser(), "refused@example.com", "1234567890");
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
    }

    [Fact]
    public async Task Register_WithAPhoneNumber_MakesAWorkerAccount_SignedIn()
    {
        var browser = portal.Browser();

        var response = await Register(browser, "+90 532 765 43 21", "my first job in bursa", "fa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(["Worker"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("<html lang=\"fa\" dir=\"rtl\">", await browser.GetStringAsync("/"), StringComparison.Ordinal);
        var again = await Register(portal.Browser(), "05327654321", "another long sentence", "tr");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task Register_NotAPhoneOrEmail_ExplainsWhatToWrite()
    {
        var response = await Register(portal.Browser(), "ahmad", "a long and private sentence", "en", pageCulture: "en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This is not a phone number or an e-mail address we can use", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FromAnotherSite_ReturnUrlStaysLocal()
    {
        var response = await IdentityPortalFactory.SignInAsync(portal.Browser(), "worker@demo.labourhub.example", IdentitySeeder.DemoPassword, "https://evil.example/");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private static async Task<HttpResponseMessage> Register(HttpClient browser, string login, string password, string culture, string pageCulture = "tr")
    {
        var page = await browser.GetStringAsync($"/account/register?culture={pageCulture}");
        return await browser.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Culture"] = culture,
            ["Login"] = login,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page),
        }));
    }
}
