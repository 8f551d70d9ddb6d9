using System.Net;
using System.Text.Json;
using LabourHub.Domain.Employers;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>An employer drafts, edits, publishes and closes vacancies through the pages; bad input keeps what was typed.</summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Marketplace")]
public sealed class VacancyManagementTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task A_recruiter_drafts_a_vacancy_an_unverified_business_cannot_publish_a_verified_one_can_and_workers_then_find_it()
    {
        var recruiter = portal.Browser();
        await IdentityPortalFactory.SignInAsync(recruiter, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);
        var title = $"Lunapark bakım teknisyeni {Guid.NewGuid():N}"[..40];

        var created = await PostFormAsync(recruiter, "/employer/vacancies/new", Form(title, wageMin: "40000"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.ToString().Split('?')[0];
        var id = Guid.Parse(editUrl.Split('/')[3]);

        await SetVerificationAsync(VerificationStatus.Rejected);
        var refused = await PostFormAsync(recruiter, $"/employer/vacancies/{id}/publish", [], editUrl + "?culture=en");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("not verified yet", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await SetVerificationAsync(VerificationStatus.Verified);
        var published = await PostFormAsync(recruiter, $"/employer/vacancies/{id}/publish", [], editUrl);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        Assert.True(await FoundInSearchAsync(title), "the published vacancy reaches the search index through the outbox");
        var closed = await PostFormAsync(recruiter, $"/employer/vacancies/{id}/close", [], editUrl);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.True(await GoneFromSearchAsync(title), "the closed vacancy leaves the index");
    }

    [Fact]
    public async Task A_wage_below_the_minimum_is_refused_with_the_figure_and_the_form_keeps_what_was_typed()
    {
        var recruiter = portal.Browser();
        await IdentityPortalFactory.SignInAsync(recruiter, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);

        var response = await PostFormAsync(recruiter, "/employer/vacancies/new", Form("<script>alert(1)</script> Garson", wageMin: "1000"), "/employer/vacancies/new?culture=en");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("below the net minimum wage", html, StringComparison.Ordinal);
        Assert.Matches(@"\(₺?[0-9][0-9.,]+", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Garson", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"1000\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_business_vacancy_cannot_be_edited_published_or_closed()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var recruiterId = (await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync("recruiter@demo.labourhub.example"))!.Id;
        var employerId = await db.EmployerMembers.Where(m => m.UserId == recruiterId).Select(m => m.EmployerId).FirstAsync();
        var other = await db.Vacancies.Where(v => v.EmployerId != employerId).Select(v => v.Id.Value).FirstAsync();
        var recruiter = portal.Browser();
        await IdentityPortalFactory.SignInAsync(recruiter, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.GetAsync($"/employer/vacancies/{other}/edit")).StatusCode);
        var list = await recruiter.GetStringAsync("/employer/vacancies");
        var token = IdentityPortalFactory.Token(list);
        foreach (var action in new[] { "publish", "close" })
        {
            var response = await recruiter.PostAsync($"/employer/vacancies/{other}/{action}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        await using var check = portal.Services.CreateAsyncScope();
        var status = await check.ServiceProvider.GetRequiredService<LabourHubDbContext>().Vacancies.Where(v => v.Id == new Domain.Identifiers.VacancyId(other)).Select(v => v.Status).SingleAsync();
        Assert.NotEqual(Domain.Vacancies.VacancyStatus.Closed, status);
    }

    [Fact]
    public async Task The_form_offers_the_occupations_skills_and_saves_essential_and_optional_skills_several_languages_a_start_date_and_translations()
    {
        var recruiter = portal.Browser();
        await IdentityPortalFactory.SignInAsync(recruiter, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);
        var created = await PostFormAsync(recruiter, "/employer/vacancies/new", Form("Bakım teknisyeni", wageMin: "40000"));
        var editUrl = created.Headers.Location!.ToString().Split('?')[0];
        var id = Guid.Parse(editUrl.Split('/')[3]);

        var page = await recruiter.GetStringAsync(editUrl);
        var offered = System.Text.RegularExpressions.Regex.Matches(page, @"name=""Skills\[[0-9]+\].Uri"" value=""([^""]+)""").Select(m => m.Groups[1].Value).ToList();
        Assert.True(offered.Count >= 3, $"only {offered.Count} skills offered for ISCO 7233");

        var fields = Form("Bakım teknisyeni", wageMin: "40000");
        fields["Languages[1].Code"] = "ar";
        fields["Languages[1].Level"] = "B1";
        fields["Skills[0].Uri"] = offered[0];
        fields["Skills[0].Need"] = "Essential";
        fields["Skills[1].Uri"] = offered[1];
        fields["Skills[1].Need"] = "Optional";
        fields["Skills[2].Uri"] = offered[2];
        fields["Skills[2].Need"] = "None";
        fields["StartsOn"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        fields["Translations[0].Language"] = "ar";
        fields["Translations[0].Description"] = "عمل مسجل مع تأمين.";
        fields["Translations[1].Language"] = "fa";
        fields["Translations[1].Description"] = "";
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(recruiter, editUrl, fields)).StatusCode);

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var vacancy = await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Vacancies.AsNoTracking().SingleAsync(v => v.Id == new Domain.Identifiers.VacancyId(id));
            Assert.Equal([offered[0]], vacancy.EssentialSkillUris);
            Assert.Equal([offered[1]], vacancy.OptionalSkillUris);
            Assert.Equal(["tr:A2", "ar:B1"], vacancy.Languages.Select(l => $"{l.LanguageCode}:{l.Minimum.Code}"));
            Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20), vacancy.StartsOn);
            Assert.Equal([new Domain.Vacancies.VacancyTranslation("ar", "عمل مسجل مع تأمين.")], vacancy.Translations);
        }

        fields["Skills[0].Uri"] = "http://data.europa.eu/esco/skill/made-up";
        var refused = await PostFormAsync(recruiter, editUrl, fields, editUrl + "?culture=en");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("not in ESCO", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Form(string title, string wageMin) => new()
    {
        ["Title"] = title,
        ["Description"] = "Sigortalı, kayıtlı iş. Servis var.",
        ["IscoCode"] = "7233",
        ["ProvinceCode"] = "27",
        ["WageMin"] = wageMin,
        ["WageMax"] = "45000",
        ["Positions"] = "2",
        ["Shift"] = "Day",
        ["Languages[0].Code"] = "tr",
        ["Languages[0].Level"] = "A2",
    };

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string url, Dictionary<string, string> fields, string? pageWithToken = null)
    {
        var page = await browser.GetStringAsync(pageWithToken ?? url);
        fields["__RequestVerificationToken"] = IdentityPortalFactory.Token(page);
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private async Task SetVerificationAsync(VerificationStatus status)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var recruiterId = (await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync("recruiter@demo.labourhub.example"))!.Id;
        var employerId = await db.EmployerMembers.Where(m => m.UserId == recruiterId).Select(m => m.EmployerId).FirstAsync();
        var employer = await db.Employers.SingleAsync(e => e.Id == employerId);
        if (status == VerificationStatus.Verified)
        {
            employer.MarkVerified();
        }
        else
        {
            employer.MarkRejected();
        }

        await db.SaveChangesAsync();
    }

    private async Task<bool> FoundInSearchAsync(string title) => await PollSearchAsync(title, expectFound: true);

    private async Task<bool> GoneFromSearchAsync(string title) => await PollSearchAsync(title, expectFound: false);

    private async Task<bool> PollSearchAsync(string title, bool expectFound)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var json = JsonDocument.Parse(await portal.Browser().GetStringAsync("/api/v1/vacancies?q=" + Uri.EscapeDataString(title)));
            var found = json.RootElement.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("title").GetString() == title);
            if (found == expectFound)
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }
}
