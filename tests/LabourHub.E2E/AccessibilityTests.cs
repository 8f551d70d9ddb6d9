using Microsoft.Playwright;
using static LabourHub.E2E.Browsing;

namespace LabourHub.E2E;

/// <summary>
/// axe-core (WCAG 2.2 AA rule set) on the pages of the journeys, as each audience sees them, in Turkish, Arabic,
/// Persian and English, on a phone; and the error summary every form shows when it is sent empty.
/// </summary>
[Collection(E2ETestGroup.Name)]
[Trait("Capability", "E2E")]
public sealed class AccessibilityTests(E2EPortal portal)
{
    private const string DemoPassword = "Demo-LabourHub-2026";
    private const string DemoTotp = "LABOURHUBDEMOKEYTOTPSECRETXYZ234";
    private static readonly string[] AllLanguages = ["tr", "ar", "fa", "en"];
    private static readonly string[] TwoLanguages = ["tr", "ar"];

    [SkippableFact]
    public async Task The_pages_of_the_journeys_have_no_serious_or_critical_violations_in_any_language()
    {
        E2EPortal.SkipWithoutBrowser();
        // The journeys' pages in all four languages; pages off the journeys in Turkish and Arabic (left to right and
        // right to left: Persian shares Arabic's layout, English Turkish's), to keep the run within minutes.
        var problems = new List<string>();
        var anonymous = await portal.PageAsync();
        await anonymous.GotoAsync("/vacancies");
        var vacancy = await anonymous.Locator("a[href^='/vacancies/0']").First.GetAttributeAsync("href");
        await CheckAsync(anonymous, problems, AllLanguages, "/", "/vacancies", vacancy!, "/account/register", "/rights");
        await CheckAsync(anonymous, problems, TwoLanguages, "/account/login", "/privacy");

        var worker = await portal.PageAsync();
        await SignInAsync(worker, "worker@demo.labourhub.example", DemoPassword);
        await CheckAsync(worker, problems, AllLanguages, "/my/profile/basics", "/my/profile/protection", "/my/profile/occupations", "/my/applications", "/worker/jobs");
        await CheckAsync(worker, problems, AllLanguages, "/placements");
        await CheckAsync(worker, problems, TwoLanguages, "/my/profile", "/my/profile/languages", "/notifications");

        var owner = await portal.PageAsync();
        await SignInAsync(owner, "owner@demo.labourhub.example", DemoPassword, DemoTotp);
        await owner.GotoAsync("/employer/vacancies");
        var shortlist = await owner.Locator("a[href$='/shortlist']").First.GetAttributeAsync("href");
        await CheckAsync(owner, problems, AllLanguages, "/employer/vacancies", "/employer/vacancies/new", shortlist ?? "/employer/vacancies", "/employer/services");
        await CheckAsync(owner, problems, TwoLanguages, "/employer/candidates", "/employer/support");

        var analyst = await portal.PageAsync();
        await SignInAsync(analyst, "analyst@demo.labourhub.example", DemoPassword, DemoTotp);
        await CheckAsync(analyst, problems, AllLanguages, "/reports");
        await CheckAsync(analyst, problems, TwoLanguages, "/reports/assessments");
        await analyst.GotoAsync("/reports/assessments");
        var needCounts = await analyst.Locator("a[href$='/candidates']").First.GetAttributeAsync("href");
        Assert.NotNull(needCounts); // the demo assessments have lines
        await CheckAsync(analyst, problems, TwoLanguages, needCounts);

        var caseWorker = await portal.PageAsync();
        await SignInAsync(caseWorker, "caseworker@demo.labourhub.example", DemoPassword, DemoTotp);
        await CheckAsync(caseWorker, problems, TwoLanguages, "/caseworker/reports", "/caseworker/grants");
        var needPeople = needCounts.Replace("/reports/assessments/", "/caseworker/needs/", StringComparison.Ordinal).Replace("/lines/", "/", StringComparison.Ordinal);
        await CheckAsync(caseWorker, problems, TwoLanguages, needPeople);

        var admin = await portal.PageAsync();
        await SignInAsync(admin, "admin@demo.labourhub.example", DemoPassword, DemoTotp);
        await CheckAsync(admin, problems, TwoLanguages, "/admin/models", "/admin/programmes");

        Assert.True(problems.Count == 0, $"{problems.Count} serious or critical violations:\n" + string.Join('\n', problems.Distinct()));
    }

    [SkippableTheory]
    [InlineData("/account/register", null)]
    [InlineData("/my/profile/basics", "worker")]
    [InlineData("/employer/vacancies/new", "owner")]
    public async Task A_form_sent_empty_answers_with_an_error_summary_that_is_announced_and_accessible(string path, string? who)
    {
        E2EPortal.SkipWithoutBrowser();
        var page = await portal.PageAsync();
        if (who == "worker")
        {
            await SignInAsync(page, "worker@demo.labourhub.example", DemoPassword);
        }
        else if (who == "owner")
        {
            await SignInAsync(page, "owner@demo.labourhub.example", DemoPassword, DemoTotp);
        }

        await page.GotoAsync(path + "?culture=ar");
        var form = page.Locator("main form[method=post]").Filter(new LocatorFilterOptions { Has = page.Locator("input:not([type=hidden]), textarea") }).First;
        foreach (var field in await form.Locator("input[type=text]:visible, input[type=email]:visible, input[type=password]:visible, input[type=tel]:visible, input:not([type]):visible, textarea:visible").AllAsync())
        {
            await field.FillAsync(string.Empty);
        }

        await form.EvaluateAsync("f => f.noValidate = true"); // the server's answer is what is tested, not the browser's bubbles
        await form.Locator("button[type=submit], button:not([type])").Last.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var summary = page.Locator("main [role=alert]");
        Assert.True(await summary.CountAsync() > 0, $"no error summary on {path}");
        Assert.False(string.IsNullOrWhiteSpace(await summary.First.InnerTextAsync()));
        await AssertAccessibleAsync(page);
    }

    private static async Task CheckAsync(IPage page, List<string> problems, string[] languages, params string[] paths)
    {
        foreach (var path in paths)
        {
            foreach (var language in languages)
            {
                var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
                var response = await page.GotoAsync($"{path}{separator}culture={language}", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
                if (response is null || response.Status >= 400)
                {
                    problems.Add($"{path} ({language}) answered {response?.Status}");
                    continue;
                }

                problems.AddRange((await AccessibilityProblemsAsync(page)).Select(p => $"({language}) {p}"));
            }
        }
    }
}
