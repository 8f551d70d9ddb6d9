using System.Net;
using System.Text.RegularExpressions;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Workers;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>"Jobs for you" never presents a job the worker may not legally take (Matching, in the product).</summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Matching")]
public sealed partial class JobsForYouTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task WorkerUnderTemporaryProtection_SeesOnlyJobsInTheRegisteredProvince_WithReasons()
    {
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, "worker@demo.labourhub.example", IdentitySeeder.DemoPassword);

        var response = await browser.GetAsync("/worker/jobs?culture=en");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Jobs for you", html, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var userId = (await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync("worker@demo.labourhub.example"))!.Id;
        var worker = await db.Workers.AsNoTracking().SingleAsync(w => w.UserId == userId);
        Assert.Equal(ProtectionStatus.TemporaryProtection, worker.ProtectionStatus);
        var shown = VacancyLink().Matches(html).Select(m => new VacancyId(Guid.Parse(m.Groups[1].Value))).Distinct().ToList();
        var vacancies = await db.Vacancies.AsNoTracking().Where(v => shown.Contains(v.Id)).ToListAsync();
        Assert.All(vacancies, v => Assert.Equal(worker.RegisteredProvinceCode, v.ProvinceCode));
        if (vacancies.Count > 0)
        {
            Assert.Contains("Why this job:", html, StringComparison.Ordinal);
        }

        var elsewhere = await db.Vacancies.CountAsync(v => v.ProvinceCode != worker.RegisteredProvinceCode);
        Assert.True(elsewhere == 0 || html.Contains("closed to you by law", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OtherRoles_CannotOpenJobsForYou()
    {
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);

        var response = await browser.GetAsync("/worker/jobs");

        Assert.StartsWith("/account/denied", response.Headers.Location?.AbsolutePath ?? string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"/vacancies/([0-9a-f-]{36})\"")]
    private static partial Regex VacancyLink();
}
