using System.Net;
using LabourHub.Domain.Privacy;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.Workers;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>A new worker fills the profile wizard step by step, in Arabic, through real HTTP.</summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Marketplace")]
public sealed class ProfileWizardTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task A_failed_step_keeps_what_was_typed_and_saves_nothing_then_the_first_two_steps_create_the_profile()
    {
        var (browser, userId) = await WorkerJourney.SignUpAsync(portal);

        var failed = await WorkerJourney.StepAsync(browser, "basics", ("DisplayName", "<script>alert('x')</script> Ahmad"), ("Phone", "12"), ("NationalityCode", ""));

        Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        var page = await failed.Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Ahmad", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert('x')</script>", page, StringComparison.Ordinal);
        Assert.Contains("اختر جنسيتك.", page, StringComparison.Ordinal); // "choose your nationality", in the worker's language
        Assert.Contains("id=\"Phone\" name=\"Phone\" value=\"12\"", page, StringComparison.Ordinal);
        Assert.False(await HasDraftAsync(userId));

        WorkerJourney.Ok(await WorkerJourney.StepAsync(browser, "basics", ("DisplayName", "Ahmad Haddad"), ("NationalityCode", "SY"), ("BirthYear", "1990")));
        Assert.True(await HasDraftAsync(userId));
        Assert.Null(await WorkerAsync(userId));

        // Resumable: a new sign-in on another device finds the answers already given.
        var elsewhere = portal.Browser();
        await IdentityPortalFactory.SignInAsync(elsewhere, (await LoginAsync(userId))!, WorkerJourney.Password);
        Assert.Contains("value=\"Ahmad Haddad\"", await elsewhere.GetStringAsync("/my/profile/basics"), StringComparison.Ordinal);

        var future = await WorkerJourney.StepAsync(elsewhere, "protection", ("ProtectionStatus", "TemporaryProtection"), ("ProtectionRegisteredOn", "2099-01-01"), ("RegisteredProvinceCode", "27"));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Null(await WorkerAsync(userId));

        var created = await WorkerJourney.StepAsync(elsewhere, "protection", ("ProtectionStatus", "TemporaryProtection"), ("ProtectionRegisteredOn", "2022-03-01"), ("RegisteredProvinceCode", "27"), ("Then", "next"));
        Assert.Equal("/my/profile/languages", created.Headers.Location!.OriginalString);
        var worker = await WorkerAsync(userId);
        Assert.NotNull(worker);
        Assert.Equal("Ahmad Haddad", worker.DisplayName);
        Assert.Equal(1990, worker.BirthYear);
        Assert.Equal(27, worker.RegisteredProvinceCode);
        Assert.False(worker.Discoverable);
        Assert.False(await HasDraftAsync(userId));
    }

    [Fact]
    public async Task The_whole_wizard_fills_the_profile_the_meter_says_what_is_next_and_the_worker_can_then_apply()
    {
        var (browser, userId) = await WorkerJourney.SignUpAsync(portal);
        var start = await browser.GetStringAsync("/my/profile?culture=en");
        Assert.Contains("Your profile is 0% complete", start, StringComparison.Ordinal);
        Assert.Contains("Add next:</strong> Your status in Türkiye.", start, StringComparison.Ordinal); // the heaviest missing step comes first

        await WorkerJourney.CreateProfileAsync(browser);
        var duplicate = await WorkerJourney.StepAsync(browser, "languages", ("Languages[0].Code", "ar"), ("Languages[0].Level", "C2"), ("Languages[1].Code", "ar"), ("Languages[1].Level", "A1"));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        WorkerJourney.Ok(await WorkerJourney.StepAsync(browser, "languages", ("Languages[0].Code", "ar"), ("Languages[0].Level", "C2"), ("Languages[1].Code", "tr"), ("Languages[1].Level", "B1")));

        var search = await browser.GetStringAsync("/my/profile/occupations?q=welder");
        Assert.Contains("name=\"Occupations\" value=\"7212\"", search, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await WorkerJourney.StepAsync(browser, "occupations", ("Occupations", "9999"))).StatusCode);
        WorkerJourney.Ok(await WorkerJourney.StepAsync(browser, "occupations", ("Occupations", "7212")));

        var skillsPage = await browser.GetStringAsync("/my/profile/skills");
        var suggested = System.Text.RegularExpressions.Regex.Matches(skillsPage, "name=\"Skills\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Take(3).ToList();
        Assert.Equal(3, suggested.Count); // the essential skills of the chosen occupation are offered
        Assert.Equal(HttpStatusCode.BadRequest, (await WorkerJourney.StepAsync(browser, "skills", ("Skills", "http://data.europa.eu/esco/skill/not-a-skill"))).StatusCode);
        WorkerJourney.Ok(await WorkerJourney.StepAsync(browser, "skills", suggested.Select(s => ("Skills", s)).ToArray()));
        WorkerJourney.Ok(await WorkerJourney.StepAsync(browser, "experience", ("ExperienceYears", "8"), ("Education", "Vocational")));
        Assert.Equal(HttpStatusCode.BadRequest, (await WorkerJourney.StepAsync(browser, "preferences", ("WageExpectation", "-5"))).StatusCode);
        WorkerJourney.Ok(await WorkerJourney.StepAsync(browser, "preferences", ("WageExpectation", "30000"), ("AvailableFrom", "2026-12-01"), ("WillingToRelocate", "true")));

        var almost = await browser.GetStringAsync("/my/profile?culture=en");
        Assert.Contains("Your profile is 90% complete", almost, StringComparison.Ordinal);
        Assert.Contains("Add next:</strong> Documents.", almost, StringComparison.Ordinal);

        var visible = await WorkerJourney.StepAsync(browser, "visibility", (nameof(ConsentPurpose.DiscoverableToEmployers), "true"), (nameof(ConsentPurpose.Matching), "true"));
        Assert.Equal("/my/profile?saved=1", visible.Headers.Location!.OriginalString);

        var worker = (await WorkerAsync(userId))!;
        Assert.True(worker.Discoverable);
        Assert.Equal(["7212"], worker.OccupationCodes);
        Assert.Equal(suggested, worker.SkillUris);
        Assert.Equal(8, worker.ExperienceYears);
        Assert.Equal(EducationLevel.Vocational, worker.Education);
        Assert.Equal(30000m, worker.WageExpectation.Lira);
        Assert.True(worker.WillingToRelocate);
        Assert.Equal(["ar:C2", "tr:B1"], worker.Languages.Select(l => $"{l.LanguageCode}:{l.Level.Code}"));

        var vacancy = await AnOpenVacancyAsync();
        var page = await browser.GetStringAsync($"/vacancies/{vacancy}");
        var applied = await browser.PostAsync($"/vacancies/{vacancy}/apply", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page) }));
        Assert.Equal("/my/applications?applied=1", applied.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_worker_without_a_profile_who_applies_is_sent_to_the_wizard_and_employers_cannot_open_it()
    {
        var (browser, _) = await WorkerJourney.SignUpAsync(portal, "tr");
        var vacancy = await AnOpenVacancyAsync();
        var page = await browser.GetStringAsync($"/vacancies/{vacancy}");

        var applied = await browser.PostAsync($"/vacancies/{vacancy}/apply", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page) }));

        Assert.Equal("/my/profile?needed=apply", applied.Headers.Location!.OriginalString);
        Assert.Contains("Bir işe başvurmak için", await browser.GetStringAsync("/my/profile?needed=apply"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/my/profile/nonsense")).StatusCode);

        var recruiter = portal.Browser();
        await IdentityPortalFactory.SignInAsync(recruiter, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);
        var denied = await recruiter.GetAsync("/my/profile");
        Assert.StartsWith("/account/denied", denied.Headers.Location?.AbsolutePath ?? string.Empty, StringComparison.Ordinal);
    }

    private async Task<bool> HasDraftAsync(string userId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().ProfileDrafts.AnyAsync(d => d.UserId == userId);
    }

    private async Task<Worker?> WorkerAsync(string userId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Workers.AsNoTracking().FirstOrDefaultAsync(w => w.UserId == userId);
    }

    private async Task<string?> LoginAsync(string userId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Accounts.LabourHubUser>>().FindByIdAsync(userId))?.UserName;
    }

    private async Task<Guid> AnOpenVacancyAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Vacancies
            .Where(v => v.Status == VacancyStatus.Open).OrderBy(v => v.PostedAt).Select(v => v.Id.Value).FirstAsync();
    }
}
