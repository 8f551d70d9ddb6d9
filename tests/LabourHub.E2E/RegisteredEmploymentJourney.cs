using System.Globalization;
using System.Text.RegularExpressions;
using LabourHub.Application.Notifications;
using LabourHub.Application.Workflow;
using LabourHub.Domain.Eligibility;
using LabourHub.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static LabourHub.E2E.Browsing;

namespace LabourHub.E2E;

/// <summary>
/// The path the product exists for, in Chromium on a phone-sized screen: a business (in Turkish) posts a job; a worker
/// registers in Arabic, builds a profile and applies using only the keyboard and with JavaScript off; the business
/// opens the ranked shortlist, invites, offers; both sign; permit and SGK are recorded; the job becomes registered
/// employment. Every page on the way is checked with axe.
/// </summary>
[Collection(E2ETestGroup.Name)]
[Trait("Capability", "E2E")]
public sealed partial class RegisteredEmploymentJourney(E2EPortal portal)
{
    [SkippableFact]
    public async Task A_worker_and_a_business_go_from_registration_to_registered_employment_in_a_real_browser()
    {
        E2EPortal.SkipWithoutBrowser();
        // Nine registered jobs exist already (other businesses): one more crosses the reports' suppression threshold.
        await portal.PlantActivePlacementsAsync(9);
        var analystAccount = await portal.StaffAsync(Identity.Accounts.Roles.MinistryAnalyst);
        var analyst = await portal.PageAsync(phone: false);
        await SignInAsync(analyst, analystAccount.Login, analystAccount.Password, analystAccount.TotpKey);
        Assert.Equal("<10", await RegisteredEmploymentFigureAsync(analyst));

        var owner = await portal.BusinessOwnerAsync();
        var business = await portal.PageAsync();
        await SignInAsync(business, owner.Login, owner.Password, owner.TotpKey);

        // The business posts and publishes a vacancy (Turkish).
        await business.GotoAsync("/employer/vacancies/new?culture=tr");
        await AssertAccessibleAsync(business);
        await business.FillAsync("#Title", "Kaynakçı (MIG/MAG)");
        await business.FillAsync("#IscoCode", "7212");
        await business.FillAsync("#Description", "Sigortalı, sözleşmeli iş. Çelik konstrüksiyon kaynağı.");
        await business.SelectOptionAsync("#ProvinceCode", "27");
        await business.FillAsync("#WageMin", "32000");
        await business.FillAsync("#WageMax", "36000");
        await business.FillAsync("#Positions", "2");
        await business.Locator("form[action='/employer/vacancies/new'] button[type=submit]").Last.ClickAsync();
        await business.WaitForURLAsync(new Regex("/employer/vacancies/[0-9a-f-]{36}/edit"));
        var vacancyId = VacancyPattern().Match(business.Url).Groups[1].Value;
        await business.Locator($"form[action='/employer/vacancies/{vacancyId}/publish'] button").ClickAsync();
        await business.WaitForLoadStateAsync();
        await portal.ScreenshotAsync(business, "vacancy-published-tr-390");

        // The worker registers in Arabic and does everything with the keyboard, JavaScript off.
        var worker = await portal.PageAsync(javaScript: false);
        await worker.GotoAsync("/account/register?culture=ar");
        Assert.Equal("rtl", await worker.Locator("html").GetAttributeAsync("dir"));
        await AssertAccessibleAsync(worker, scriptsOff: true);
        await TypeAsync(worker, "#Login", $"ahmad-{Guid.NewGuid():N}@example.org");
        await TypeAsync(worker, "#Password", "my phone is my office");
        await TypeAsync(worker, "#ConfirmPassword", "my phone is my office");
        await TabToAsync(worker, "#culture-ar");
        await worker.Keyboard.PressAsync("Space");
        await PressAsync(worker, "main form button[type=submit]");

        await worker.GotoAsync("/my/profile/basics");
        await AssertAccessibleAsync(worker, scriptsOff: true);
        await portal.ScreenshotAsync(worker, "journey-profile-basics-ar-390");
        await TypeAsync(worker, "#DisplayName", "أحمد حداد");
        await ChooseAsync(worker, "#NationalityCode", "SY");
        await TypeAsync(worker, "#Phone", "0532 123 45 67");
        await PressAsync(worker, "main form button[type=submit]");

        await worker.GotoAsync("/my/profile/protection");
        await AssertAccessibleAsync(worker, scriptsOff: true);
        await ChooseAsync(worker, "#ProtectionStatus", "TemporaryProtection");
        await TabToAsync(worker, "#ProtectionRegisteredOn");
        await worker.Keyboard.TypeAsync("03012021"); // headless Chromium lays date fields out month, day, year
        Assert.Equal("2021-03-01", await worker.InputValueAsync("#ProtectionRegisteredOn"));
        await ChooseAsync(worker, "#RegisteredProvinceCode", "27");
        await PressAsync(worker, "main form button[type=submit]");

        await worker.GotoAsync("/my/profile/occupations?q=kaynak");
        await AssertAccessibleAsync(worker, scriptsOff: true);
        await TabToAsync(worker, "#occ-7212");
        await worker.Keyboard.PressAsync("Space");
        await PressAsync(worker, "main form button[name=Then]");

        await worker.GotoAsync($"/vacancies/{vacancyId}");
        await AssertAccessibleAsync(worker, scriptsOff: true);
        await portal.ScreenshotAsync(worker, "journey-vacancy-ar-390");
        await PressAsync(worker, $"form[action='/vacancies/{vacancyId}/apply'] button");
        await worker.GotoAsync("/my/applications");
        await AssertAccessibleAsync(worker, scriptsOff: true);
        Assert.Contains("Kaynakçı (MIG/MAG)", await worker.ContentAsync(), StringComparison.Ordinal);

        // The business opens the ranked shortlist and the applicants, invites to interview and offers the job.
        await business.GotoAsync($"/employer/vacancies/{vacancyId}/shortlist");
        await AssertAccessibleAsync(business);
        await portal.ScreenshotAsync(business, "journey-shortlist-tr-390");
        await business.GotoAsync($"/employer/vacancies/{vacancyId}/applicants");
        await AssertAccessibleAsync(business);
        await business.Locator("button[value=Interview]").First.ClickAsync();
        await business.WaitForLoadStateAsync();
        var offer = await business.Locator("a[href$='/offer']").First.GetAttributeAsync("href");
        await business.GotoAsync(offer!);
        await AssertAccessibleAsync(business);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3));
        var start = today.AddDays(10);
        await business.FillAsync("#Wage", "34000");
        await business.FillAsync("#StartDate", Iso(start));
        await business.FillAsync("#OfferValidUntil", Iso(today.AddDays(5)));
        await business.Locator("main form button[type=submit]").Last.ClickAsync();
        await business.WaitForURLAsync(new Regex("/placements/[0-9a-f-]{36}"));
        var placement = PlacementPattern().Match(business.Url).Groups[1].Value;

        // The worker accepts and signs (still keyboard only).
        await worker.GotoAsync($"/placements/{placement}");
        await AssertAccessibleAsync(worker, scriptsOff: true);
        await PressAsync(worker, $"form[action='/placements/{placement}/accept'] button");
        await PressAsync(worker, $"form[action='/placements/{placement}/sign-worker'] button");
        await portal.ScreenshotAsync(worker, "journey-placement-ar-390");

        // The business signs, files the permit, records it granted and files the SGK notice.
        await business.GotoAsync($"/placements/{placement}");
        await Step(business, placement, "sign-employer");
        foreach (var item in await business.Locator($"form[action='/placements/{placement}/file-permit'] input[name=Checklist]").AllAsync())
        {
            await item.CheckAsync();
        }

        await business.FillAsync("#permit-ref", "EIZ-2026-7731");
        await Step(business, placement, "file-permit");
        await business.FillAsync("#permit-from", Iso(today));
        await business.FillAsync("#permit-until", Iso(today.AddDays(365)));
        await Step(business, placement, "permit-granted");
        await business.FillAsync("#sgk-ref", "SGK-4A-99123");
        await business.FillAsync("#sgk-date", Iso(today));
        await Step(business, placement, "file-sgk");
        await AssertAccessibleAsync(business);

        // The start date comes (the workflow's sweep, on a clock moved to that morning): registered employment.
        await SweepAsync(new DateTimeOffset(start.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));
        await business.ReloadAsync();
        Assert.Contains("Çalışıyor: kayıtlı iş", await business.ContentAsync(), StringComparison.Ordinal);
        await worker.GotoAsync($"/placements/{placement}");
        Assert.Contains("يعمل: وظيفة مسجّلة", await worker.ContentAsync(), StringComparison.Ordinal);
        await portal.ScreenshotAsync(business, "journey-active-tr-390");
        await portal.ScreenshotAsync(worker, "journey-active-ar-390");
        await business.SetViewportSizeAsync(1280, 800);
        await worker.SetViewportSizeAsync(1280, 800);
        await portal.ScreenshotAsync(business, "journey-active-tr-1280");
        await portal.ScreenshotAsync(worker, "journey-active-ar-1280");
        await worker.GotoAsync($"/vacancies/{vacancyId}");
        await portal.ScreenshotAsync(worker, "journey-vacancy-ar-1280");

        // The ministry analyst sees the new registered job in the reports (the figure is now shown, not "<10").
        Assert.Equal("10", await RegisteredEmploymentFigureAsync(analyst));
        await AssertAccessibleAsync(analyst);
        await portal.ScreenshotAsync(analyst, "journey-reports-tr-1280");
    }

    /// <summary>The analyst recomputes the reports and reads the funnel's last stage, registered employment.</summary>
    private static async Task<string> RegisteredEmploymentFigureAsync(IPage analyst)
    {
        await analyst.GotoAsync("/reports?culture=tr");
#pragma warning disable CS0612
        await analyst.RunAndWaitForNavigationAsync(() => analyst.Locator("form[action='/reports/refresh'] button").ClickAsync());
#pragma warning restore CS0612
        var funnel = analyst.Locator("section[aria-labelledby=funnel-heading] tbody tr");
        if (await funnel.CountAsync() == 0)
        {
            Assert.Fail($"no funnel on {analyst.Url}: {await analyst.Locator("main").InnerTextAsync()}");
        }

        return (await funnel.Last.Locator("td").InnerTextAsync()).Trim();
    }

    private static async Task Step(IPage page, string placement, string step)
    {
#pragma warning disable CS0612 // The step's form posts back to the same placement page.
        await page.RunAndWaitForNavigationAsync(() => page.Locator($"form[action='/placements/{placement}/{step}'] button").First.ClickAsync());
#pragma warning restore CS0612
        Assert.DoesNotContain("alert-danger", await page.Locator("main").InnerHTMLAsync(), StringComparison.Ordinal);
    }

    private async Task SweepAsync(DateTimeOffset at)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var clock = new FakeTimeProvider(at);
        var notifier = new ApplicationNotifier(db, clock);
        var commands = new PlacementCommandsHandler(db, new PlacementRulesBuilder(db, scope.ServiceProvider.GetRequiredService<EligibilityRules>()), notifier, clock);
        await new WorkflowSweepHandler(db, commands, notifier, clock).RunAsync(CancellationToken.None);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("/employer/vacancies/([0-9a-f-]{36})/")]
    private static partial Regex VacancyPattern();

    [GeneratedRegex("/placements/([0-9a-f-]{36})")]
    private static partial Regex PlacementPattern();
}
