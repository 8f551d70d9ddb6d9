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
    public async Task LanguageLinks_KeepThePageAndItsQuery_AndTheChoiceIsRemembered()
    {
        var browser = portal.Browser();
        var html = await browser.GetStringAsync("/vacancies?q=kaynak&page=1");
        var link = Regex.Match(html, "<a href=\"([^\"]*)\" hreflang=\"fa\"").Groups[1].Value;

        Assert.Equal("/vacancies?q=kaynak&amp;page=1&amp;culture=fa", link);
        var page = await browser.GetStringAsync(WebUtility.HtmlDecode(link));
        Assert.Contains("<html lang=\"fa\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fa\" dir=\"rtl\">", await browser.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageLinks_MarkTheCurrentLanguage_AndReplaceAnEarlierChoice()
    {
        var html = await portal.Browser().GetStringAsync("/vacancies?culture=ar");

        Assert.Matches("<a href=\"/vacancies\\?culture=ar\" hreflang=\"ar\" [^>]*aria-current=\"true\"", html);
        Assert.Contains("href=\"/vacancies?culture=en\" hreflang=\"en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownLanguage_IsIgnored()
    {
        var response = await portal.Browser().GetAsync("/?culture=xx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
        Assert.Contains("<html lang=\"tr\" dir=\"ltr\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    public async Task EveryPostForm_CarriesAnAntiforgeryToken(string path)
    {
        var html = await portal.Browser().GetStringAsync(path);
        var forms = Regex.Matches(html, "<form[^>]*method=\"post\"[^>]*>(.*?)</form>", RegexOptions.Singleline);

        Assert.NotEmpty(forms);
        Assert.All(forms, f => Assert.Contains("__RequestVerificationToken", f.Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/vacancies?q=kaynak")]
    [InlineData("/workers")]
    [InlineData("/ministry")]
    public async Task AnonymousPublicPages_SetNoCookieAndCarryNoToken(string path)
    {
        var response = await portal.Browser().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("__RequestVerificationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
