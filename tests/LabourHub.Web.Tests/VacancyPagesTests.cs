using System.Net;
using System.Text.RegularExpressions;

namespace LabourHub.Web.Tests;

[Collection(PortalTestGroup.Name)]
[Trait("Capability", "Foundation")]
public sealed partial class VacancyPagesTests(PortalFactory portal)
{
    [Fact]
    public async Task Home_ShowsLiveCountsFromTheDatabase()
    {
        var html = await portal.Browser().GetStringAsync("/?culture=en");

        Assert.Contains("<span class=\"figure-value\">400</span><span class=\"figure-label\">registered workers</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"figure-value\">60</span><span class=\"figure-label\">businesses</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VacancyList_PagesThroughSeededVacancies()
    {
        var browser = portal.Browser();
        var first = await browser.GetStringAsync("/vacancies?culture=en");
        var second = await browser.GetStringAsync("/vacancies?culture=en&page=2");

        var firstIds = VacancyLinks(first);
        var secondIds = VacancyLinks(second);
        Assert.Equal(20, firstIds.Count);
        Assert.NotEmpty(secondIds);
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Matches(FoundPattern(), first);
    }

    [Fact]
    public async Task VacancyList_ProvinceFilter_ShowsOnlyThatProvince()
    {
        var html = await portal.Browser().GetStringAsync("/vacancies?culture=tr&province=34");
        var places = Regex.Matches(html, "<li class=\"list-inline-item\">Yer: <bdi lang=\"tr\">([^<]+)</bdi></li>").Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(places);
        Assert.All(places, p => Assert.Equal("İstanbul", p));
    }

    [Fact]
    public async Task VacancyList_BadFilters_ExplainInTheReadersLanguage_AndStillList()
    {
        var response = await portal.Browser().GetAsync("/vacancies?culture=tr&page=abc&province=99");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'abc' bir sayı değil.", html, StringComparison.Ordinal);
        Assert.Contains("Listeden bir il seçin.", html, StringComparison.Ordinal);
        Assert.NotEmpty(VacancyLinks(html));
    }

    [Fact]
    public async Task VacancyPage_ShowsTheVacancyWithSkillsAndTheFormalEmploymentNotice()
    {
        var browser = portal.Browser();
        var list = await browser.GetStringAsync("/vacancies?culture=ar");
        var link = VacancyLinks(list)[0];

        var html = await browser.GetStringAsync(link + "?culture=ar");

        Assert.Contains("المهارات المطلوبة", html, StringComparison.Ordinal);
        Assert.Contains("لا تدفع أي رسوم", html, StringComparison.Ordinal);
        Assert.Contains("ISCO-08", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVacancy_Is404_WithATraceIdAndAWayBack()
    {
        var response = await portal.Browser().GetAsync($"/vacancies/{Guid.NewGuid()}?culture=en");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find this page", html, StringComparison.Ordinal);
        Assert.Matches("<code>[0-9a-f-]{20,}</code>", html);
        Assert.Contains("href=\"/vacancies\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/workers", "Çalışanlar için")]
    [InlineData("/employers", "İşverenler için")]
    [InlineData("/case-workers", "Vaka çalışanları için")]
    [InlineData("/ministry", "Bakanlık için")]
    [InlineData("/admin", "Yönetim")]
    public async Task AudiencePages_AreReachableAndLocalised(string path, string title)
    {
        var html = await portal.Browser().GetStringAsync(path + "?culture=tr");

        Assert.Contains($"<h1 class=\"h3\">{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{path}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinistryPage_SuppressesSmallCounts()
    {
        var html = await portal.Browser().GetStringAsync("/ministry?culture=en");
        var cells = Regex.Matches(html, "<th scope=\"row\"><a href=\"/vacancies\\?province=\\d+\">[^<]+</a></th>\\s*<td class=\"text-end\">([^<]+)</td>")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.True(c == "<10" || int.Parse(c, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo("en")) >= 10));
    }

    private static List<string> VacancyLinks(string html) =>
        VacancyLinkPattern().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex("href=\"(/vacancies/[0-9a-f-]{36})\"")]
    private static partial Regex VacancyLinkPattern();

    [GeneratedRegex("\\d+ jobs found")]
    private static partial Regex FoundPattern();
}
