using System.Net;
using LabourHub.Domain.ValueObjects;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Identity")]
public sealed class BusinessRegistrationTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task Owner_RegistersAccountAndBusiness_ThenMustSetUpMfa()
    {
        var email = $"owner-{Guid.NewGuid():N}@example.com";
        var vkn = UnusedTaxNumber(1);
        var browser = portal.Browser();

        var response = await Post(browser, email, vkn);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/mfa/setup", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync(email);
        Assert.NotNull(user);
        Assert.True(await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().IsInRoleAsync(user, Roles.EmployerOwner));
        var employer = await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Employers.SingleAsync(e => e.OwnerUserId == user.Id);
        Assert.Equal(vkn, employer.TaxNumber.Value);
        Assert.Equal(12, employer.TurkishHeadcount);
    }

    [Theory]
    [InlineData("tr", "Bu vergi kimlik numarası (VKN) geçerli değil")]
    [InlineData("ar", "هذا الرقم الضريبي (VKN) غير صالح")]
    public async Task InvalidTaxNumber_IsExplained_AndNoAccountIsLeft(string culture, string message)
    {
        var email = $"bad-vkn-{Guid.NewGuid():N}@example.com";
        var browser = portal.Browser();

        var response = await Post(browser, email, "1234567891", culture);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync(email));
    }

    [Fact]
    public async Task TaxNumberAlreadyRegistered_IsRefused_AndNoAccountIsLeft()
    {
        var vkn = UnusedTaxNumber(2);
        await Post(portal.Browser(), $"first-{Guid.NewGuid():N}@example.com", vkn);
        var second = $"second-{Guid.NewGuid():N}@example.com";

        var response = await Post(portal.Browser(), second, vkn, "en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already registered", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync(second));
    }

    private static async Task<HttpResponseMessage> Post(HttpClient browser, string email, string vkn, string culture = "tr")
    {
        var page = await browser.GetStringAsync($"/account/register-business?culture={culture}");
        return await browser.PostAsync($"/account/register-business?culture={culture}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Culture"] = culture,
            ["Email"] = email,
            ["Password"] = "our family bakery since 1987",
            ["BusinessName"] = "Deneme Unlu Mamuller Ltd. Şti.",
            ["TaxNumber"] = vkn,
            ["Sector"] = "C",
            ["Province"] = "16",
            ["TurkishEmployees"] = "12",
            ["ForeignEmployees"] = "1",
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page),
        }));
    }

    /// <summary>A checksum-valid VKN starting 8888 (the demo generator draws random ones; a clash is astronomically unlikely).</summary>
    private static string UnusedTaxNumber(int seed)
    {
        var nine = string.Concat("8888", Random.Shared.Next(10_000, 99_999).ToString(System.Globalization.CultureInfo.InvariantCulture)).Remove(8, 1) + seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return nine + TaxNumber.CheckDigit(nine).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
