using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using LabourHub.Identity.Server;

namespace LabourHub.Identity.Tests;

[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Identity")]
public sealed partial class ThirdPartyConsentTests(IdentityPortalFactory portal)
{
    private const string Challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    [Fact]
    public async Task ThirdPartyClient_AsksOnce_AndTheAnswerIsKept()
    {
        var browser = await SignedInWorker();

        var first = await browser.GetAsync(AuthorizeUrl());
        var page = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Partner job board", page, StringComparison.Ordinal);

        var allowed = await Decide(browser, page, "accept");
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.NotNull(HttpUtility.ParseQueryString(allowed.Headers.Location!.Query)["code"]);

        var again = await browser.GetAsync(AuthorizeUrl());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith(IdentitySeeder.PartnerRedirectUri, again.Headers.Location!.GetLeftPart(UriPartial.Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThirdPartyClient_Refused_GetsAccessDenied()
    {
        var browser = portal.Browser();
        var register = await browser.GetStringAsync("/account/register");
        await browser.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Culture"] = "en",
            ["Login"] = $"deny-{Guid.NewGuid():N}@example.org",
            ["Password"] = "i decide who sees me",
            ["ConfirmPassword"] = "i decide who sees me",
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(register),
        }));
        var page = await (await browser.GetAsync(AuthorizeUrl())).Content.ReadAsStringAsync();

        var denied = await Decide(browser, page, "deny");

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("access_denied", HttpUtility.ParseQueryString(denied.Headers.Location!.Query)["error"]);
    }

    [Fact]
    public async Task ConsentAnswer_WithoutTheFormsToken_IsRefused()
    {
        var browser = await SignedInWorker();
        var page = await (await browser.GetAsync(AuthorizeUrl())).Content.ReadAsStringAsync();
        var fields = HiddenPattern().Matches(page).DistinctBy(m => m.Groups[1].Value).Where(m => m.Groups[1].Value != "__RequestVerificationToken")
            .ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["decision"] = "accept";

        var response = await browser.PostAsync("/connect/authorize", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpClient> SignedInWorker()
    {
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, "worker@demo.labourhub.example", IdentitySeeder.DemoPassword);
        return browser;
    }

    private static Task<HttpResponseMessage> Decide(HttpClient browser, string page, string decision)
    {
        var fields = HiddenPattern().Matches(page).DistinctBy(m => m.Groups[1].Value).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["decision"] = decision;
        return browser.PostAsync("/connect/authorize", new FormUrlEncodedContent(fields));
    }

    private static string AuthorizeUrl() =>
        $"/connect/authorize?client_id={IdentitySeeder.PartnerClientId}&response_type=code&scope=openid%20profile&redirect_uri={Uri.EscapeDataString(IdentitySeeder.PartnerRedirectUri)}&code_challenge={Challenge}&code_challenge_method=S256&state=abc";

    [GeneratedRegex("<input (?:type=\"hidden\" )?name=\"([^\"]+)\" (?:type=\"hidden\" )?value=\"([^\"]*)\"")]
    private static partial Regex HiddenPattern();
}
