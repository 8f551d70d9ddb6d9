using System.Net;
using System.Text.RegularExpressions;

namespace LabourHub.Web.Tests;

[Collection(PortalTestGroup.Name)]
[Trait("Capability", "Foundation")]
public sealed class MultilingualPortalTests(PortalFactory portal)
{
    [Theory]
    [InlineData("ar", "rtl", "bootstrap.rtl.min.css", "ابحث عن عمل رسمي في تركيا")]
    [InlineData("fa", "rtl", "bootstrap.rtl.min.css", "در ترکیه کار رسمی پیدا کنید")]
    [InlineData("tr", "ltr", "bootstrap.min.css", "Türkiye'de kayıtlı bir iş bulun")]
    [InlineData("en", "ltr", "bootstrap.min.css", "Find a formal job in Türkiye")]
    public async Task Home_InEachCulture_SetsLangDirAndTranslatedText(string culture, string dir, string stylesheet, string heading)
    {
        var html = await portal.Browser().GetStringAsync($"/?culture={culture}");

        Assert.Contains($"<html lang=\"{culture}\" dir=\"{dir}\">", html, StringComparison.Ordinal);
        Assert.Contains(stylesheet, html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_WithoutAChoice_SpeaksTurkish()
    {
        var html = await portal.Browser().GetStringAsync("/");

        Assert.Contains("<html lang=\"tr\" dir=\"ltr\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureFromQueryString_IsRememberedForTheNextPage()
    {
        var browser = portal.Browser();
        await browser.GetStringAsync("/vacancies?culture=ar");

        var next = await browser.GetStringAsync("/");

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingALanguage_WithTheFormsToken_RemembersIt()
    {
        var browser = portal.Browser();
        var home = await browser.GetStringAsync("/vacancies");
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "fa",
            ["returnUrl"] = "/vacancies",
            ["__RequestVerificationToken"] = PortalFactory.AntiforgeryToken(home),
        });

        var response = await browser.PostAsync("/culture", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/vacancies", response.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"fa\" dir=\"rtl\">", await browser.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingALanguage_WithoutAToken_IsRefused()
    {
        var response = await portal.Browser().PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "ar" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ChoosingALanguage_OffSiteReturnUrl_StaysOnSite()
    {
        var browser = portal.Browser();
        var token = PortalFactory.AntiforgeryToken(await browser.GetStringAsync("/"));
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = "https://evil.example/",
            ["__RequestVerificationToken"] = token,
        });

        var response = await browser.PostAsync("/culture", form);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/vacancies")]
    [InlineData("/workers")]
    [InlineData("/ministry")]
    public async Task EveryPostForm_CarriesAnAntiforgeryToken(string path)
    {
        var html = await portal.Browser().GetStringAsync(path);
        var forms = Regex.Matches(html, "<form[^>]*method=\"post\"[^>]*>(.*?)</form>", RegexOptions.Singleline);

        Assert.NotEmpty(forms);
        Assert.All(forms, f => Assert.Contains("__RequestVerificationToken", f.Value, StringComparison.Ordinal));
    }
}
