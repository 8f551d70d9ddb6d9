using System.Net;
using System.Text.RegularExpressions;

namespace LabourHub.Web.Tests;

[Collection(PortalTestGroup.Name)]
[Trait("Capability", "Foundation")]
public sealed class SecurityAndHealthTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/vacancies")]
    [InlineData("/api/v1/vacancies")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await portal.Browser().GetAsync(path);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/?culture=ar")]
    [InlineData("/vacancies?culture=tr")]
    [InlineData("/ministry?culture=fa")]
    public async Task Pages_HaveNoInlineScriptOrStyle_AndNoCdn(string path)
    {
        var html = await portal.Browser().GetStringAsync(path);

        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
        Assert.DoesNotMatch("\\sstyle=\"", html);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        foreach (Match asset in Regex.Matches(html, "(?:src|href)=\"(/(?:lib|css)/[^\"?]+)"))
        {
            var response = await portal.Browser().GetAsync(asset.Groups[1].Value);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Health_LiveAndReady_AnswerHealthy()
    {
        var browser = portal.Browser();

        Assert.Equal("Healthy", await browser.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await browser.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task PageText_IsSentAsUtf8_NotAsEntities()
    {
        var html = await portal.Browser().GetStringAsync("/?culture=ar");

        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }
}
