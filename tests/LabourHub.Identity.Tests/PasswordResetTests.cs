using System.Net;
using System.Text.RegularExpressions;

namespace LabourHub.Identity.Tests;

[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Identity")]
public sealed partial class PasswordResetTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task EmailSignUp_Confirmation_ThenPasswordReset_ByMailInTheChosenLanguage()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.org";
        var browser = portal.Browser();
        var page = await browser.GetStringAsync("/account/register");
        var registered = await browser.PostAsync("/account/register", Form(page, new() { ["Culture"] = "tr", ["Login"] = email, ["Password"] = "the old long password", ["ConfirmPassword"] = "the old long password" }));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var confirmation = MailTo(email).Single();
        Assert.Contains("E-posta adresinizi onaylamak için", confirmation, StringComparison.Ordinal);
        var confirmed = await portal.Browser().GetAsync(Link(confirmation, "/account/confirm"));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        var forgotBrowser = portal.Browser();
        var forgotPage = await forgotBrowser.GetStringAsync("/account/forgot");
        await forgotBrowser.PostAsync("/account/forgot", Form(forgotPage, new() { ["Login"] = email }));
        var reset = MailTo(email).Single(m => m.Contains("/account/reset", StringComparison.Ordinal));
        Assert.Contains("yeni şifre", reset, StringComparison.OrdinalIgnoreCase);

        var resetBrowser = portal.Browser();
        var resetPage = await resetBrowser.GetStringAsync(Link(reset, "/account/reset"));
        var hidden = HiddenPattern().Matches(resetPage).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        var saved = await resetBrowser.PostAsync("/account/reset", Form(resetPage, new()
        {
            ["UserId"] = hidden["UserId"],
            ["Token"] = hidden["Token"],
            ["Password"] = "a brand new long password",
            ["ConfirmPassword"] = "a brand new long password",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await IdentityPortalFactory.SignInAsync(portal.Browser(), email, "the old long password")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await IdentityPortalFactory.SignInAsync(portal.Browser(), email, "a brand new long password")).StatusCode);

        // The link works once.
        var again = await resetBrowser.PostAsync("/account/reset", Form(await resetBrowser.GetStringAsync(Link(reset, "/account/reset")), new()
        {
            ["UserId"] = hidden["UserId"],
            ["Token"] = hidden["Token"],
            ["Password"] = "yet another long password",
            ["ConfirmPassword"] = "yet another long password",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task Forgot_ForAnUnknownAddress_AnswersTheSame_AndSendsNothing()
    {
        var email = $"nobody-{Guid.NewGuid():N}@example.org";
        var browser = portal.Browser();
        var page = await browser.GetStringAsync("/account/forgot?culture=en");

        var response = await browser.PostAsync("/account/forgot?culture=en", Form(page, new() { ["Login"] = email }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the link is on its way", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(MailTo(email));
    }

    private List<string> MailTo(string email) => portal.Mails().Where(m => m.Contains(email, StringComparison.Ordinal)).ToList();

    private static string Link(string mail, string path)
    {
        var url = new Uri(LinkPattern().Match(mail).Value);
        Assert.Equal(path, url.AbsolutePath);
        return url.PathAndQuery;
    }

    private static FormUrlEncodedContent Form(string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = IdentityPortalFactory.Token(page);
        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"(UserId|Token)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenPattern();
}
