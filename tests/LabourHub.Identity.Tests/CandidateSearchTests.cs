using System.Net;
using System.Text.RegularExpressions;
using LabourHub.Application.Employers.SearchCandidates;
using LabourHub.Domain.Identifiers;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>The employer's candidate search: only people the business may see, professional facts only.</summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Search")]
public sealed partial class CandidateSearchTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task A_recruiter_finds_only_discoverable_people_and_applicants_to_the_business()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var recruiter = (await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync("recruiter@demo.labourhub.example"))!.Id;
        var employerId = await db.EmployerMembers.Where(m => m.UserId == recruiter).Select(m => m.EmployerId).FirstAsync();
        var search = scope.ServiceProvider.GetRequiredService<SearchCandidatesHandler>();

        // Other tests on the shared portal add people and applications while this one runs, and the index follows the
        // database a moment later: compare once the two agree, or fail after a few seconds.
        CandidateSearchResult? result = null;
        List<Guid> applicants = [];
        var visible = -1;
        for (var attempt = 0; attempt < 40 && (result is null || visible != result.Total); attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(250);
            }

            result = await search.HandleAsync(new CandidateSearchQuery { PageSize = 100 }, recruiter, CancellationToken.None);
            applicants = await (from a in db.Applications
                                join v in db.Vacancies on a.VacancyId equals v.Id
                                where v.EmployerId == employerId && a.Status != Domain.Applications.ApplicationStatus.Withdrawn
                                select a.WorkerId.Value).Distinct().ToListAsync();
            var all = applicants;
            visible = (await db.Workers.AsNoTracking().Select(w => new { w.Id, w.Discoverable }).ToListAsync()).Count(w => w.Discoverable || all.Contains(w.Id.Value));
        }

        Assert.NotNull(result);
        Assert.True(result.FromIndex);
        Assert.NotEmpty(result.Items);
        var shownIds = result.Items.Select(c => new WorkerId(c.WorkerId)).ToList();
        var shown = await db.Workers.AsNoTracking().Where(w => shownIds.Contains(w.Id)).ToListAsync();
        Assert.All(shown, w => Assert.True(w.Discoverable || applicants.Contains(w.Id.Value)));
        Assert.Equal(visible, result.Total);
        Assert.All(result.Items.Where(c => c.AppliedToYou), c => Assert.Contains(c.WorkerId, applicants));
    }

    [Fact]
    public async Task Filters_narrow_the_people_and_every_card_meets_them()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var recruiter = (await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync("recruiter@demo.labourhub.example"))!.Id;
        var search = scope.ServiceProvider.GetRequiredService<SearchCandidatesHandler>();

        var all = await search.HandleAsync(new CandidateSearchQuery { PageSize = 100 }, recruiter, CancellationToken.None);
        var arabic = await search.HandleAsync(new CandidateSearchQuery { LanguageCode = "ar", PermitReadyOnly = true, PageSize = 100 }, recruiter, CancellationToken.None);

        Assert.True(arabic!.Total < all!.Total);
        Assert.All(arabic.Items, c => Assert.Contains(c.Languages, l => l.StartsWith("ar ", StringComparison.Ordinal)));
        Assert.All(arabic.Items, c => Assert.True(c.PermitReady));
    }

    [Fact]
    public async Task The_page_shows_no_names_and_a_worker_or_an_anonymous_visitor_cannot_open_it()
    {
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);

        var page = await browser.GetAsync("/employer/candidates?culture=en&q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Find candidates", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);

        var list = await browser.GetStringAsync("/employer/candidates?culture=en");
        await using var scope = portal.Services.CreateAsyncScope();
        var names = await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Workers.Select(w => w.DisplayName).ToListAsync();
        Assert.Contains("people found", list, StringComparison.Ordinal);
        Assert.DoesNotContain(names, n => list.Contains(n, StringComparison.Ordinal));

        var anonymous = await portal.Browser().GetAsync("/employer/candidates");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        var worker = portal.Browser();
        await IdentityPortalFactory.SignInAsync(worker, "worker@demo.labourhub.example", IdentitySeeder.DemoPassword);
        var denied = await worker.GetAsync("/employer/candidates");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("denied", denied.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
