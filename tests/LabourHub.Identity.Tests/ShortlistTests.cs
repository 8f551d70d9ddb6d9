using System.Net;
using System.Text.RegularExpressions;
using LabourHub.Application.Matching.Shortlist;
using LabourHub.Domain.Identifiers;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>The employer's shortlist: only people it may see, only those the law lets it hire, never another business's.</summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Matching")]
public sealed partial class ShortlistTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task Shortlist_ShowsOnlyEligibleApplicantsOrDiscoverableWorkers_ForTheCallersOwnVacancy()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var recruiter = (await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync("recruiter@demo.labourhub.example"))!.Id;
        var employerId = await db.EmployerMembers.Where(m => m.UserId == recruiter).Select(m => m.EmployerId).FirstAsync();
        var vacancy = await db.Vacancies.Where(v => v.EmployerId == employerId && v.Status == Domain.Vacancies.VacancyStatus.Open).FirstAsync();
        var shortlist = scope.ServiceProvider.GetRequiredService<IShortlist>();

        var result = await shortlist.RankAsync(vacancy.Id.Value, recruiter, 50, CancellationToken.None);

        Assert.NotNull(result);
        var applicants = await db.Applications.Where(a => a.VacancyId == vacancy.Id).Select(a => a.WorkerId.Value).ToListAsync();
        var shownIds = result.EligibleNow.Concat(result.EligibleLater).Select(c => c.WorkerId).ToList();
        var shown = await db.Workers.AsNoTracking().Where(w => shownIds.Select(i => new WorkerId(i)).Contains(w.Id)).ToListAsync();
        Assert.All(shown, w => Assert.True(applicants.Contains(w.Id.Value) || w.Discoverable));
        Assert.All(shown.Where(w => w.ProtectionStatus == Domain.Workers.ProtectionStatus.TemporaryProtection),
            w => Assert.Equal(vacancy.ProvinceCode, w.RegisteredProvinceCode));

        var otherVacancy = await db.Vacancies.Where(v => v.EmployerId != employerId).Select(v => v.Id.Value).FirstAsync();
        Assert.Null(await shortlist.RankAsync(otherVacancy, recruiter, 50, CancellationToken.None));
    }

    [Fact]
    public async Task ShortlistPage_ForARecruiter_ListsTheBusinessVacancies_AndAnotherBusinessIs404()
    {
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);

        var list = await browser.GetStringAsync("/employer/vacancies?culture=en");
        var first = ShortlistLink().Match(list);
        Assert.True(first.Success, "The demo recruiter's business has open vacancies.");
        var page = await browser.GetAsync(first.Groups[0].Value + "?culture=en");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Candidates who can legally take this job", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var recruiter = (await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync("recruiter@demo.labourhub.example"))!.Id;
        var employerId = await db.EmployerMembers.Where(m => m.UserId == recruiter).Select(m => m.EmployerId).FirstAsync();
        var other = await db.Vacancies.Where(v => v.EmployerId != employerId).Select(v => v.Id.Value).FirstAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/employer/vacancies/{other}/shortlist")).StatusCode);
    }

    [GeneratedRegex("/employer/vacancies/[0-9a-f-]{36}/shortlist")]
    private static partial Regex ShortlistLink();
}
