using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LabourHub.Application.Assessments;
using LabourHub.Application.Reference;
using LabourHub.Application.Reports;
using LabourHub.Domain.CaseWork;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Infrastructure.Reports;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>
/// Ministry reports over real HTTP: assessment import (all or nothing), supply counts against hand-computed ones,
/// suppression of a planted group of seven on the page, in CSV, in XLSX and in the API, and API access by scope.
/// Each test uses its own province and occupation, so the demo data and other tests cannot change its figures.
/// </summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Reports")]
public sealed class ReportsTests(IdentityPortalFactory portal)
{
    private static readonly string[] Columns = [.. AssessmentTemplate.Columns];

    [Fact]
    public async Task Import_GoodCsv_SavesEveryLine()
    {
        var analyst = await StaffAsync(Roles.MinistryAnalyst);
        var title = $"Kocaeli metal {Guid.NewGuid():N}";
        var csv = Csv(
            Row(title, 41, "C", "7212", "30", "30000", "36000", "tr;ar", "LackOfSkills;LanguageBarrier"),
            Row(title, 41, "C", "8153", "12", "", "", "", "FewApplicants"));

        var answer = await ImportAsync(analyst, csv, "needs.csv");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var saved = await AssessmentsTitledAsync(title);
        var assessment = Assert.Single(saved);
        Assert.Equal(41, assessment.ProvinceCode);
        Assert.Equal("C", assessment.NaceSection);
        Assert.Equal(["7212", "8153"], assessment.Lines.Select(l => l.IscoCode).Order().ToArray());
        var welders = assessment.Lines.Single(l => l.IscoCode == "7212");
        Assert.Equal(30, welders.NeededCount);
        Assert.Equal(Money.FromLira(30000m).Value, welders.WageMin);
        Assert.Equal(["tr", "ar"], welders.LanguageCodes);
        Assert.Contains(Domain.Assessments.HardToFillReason.LanguageBarrier, welders.HardToFillReasons);
    }

    [Fact]
    public async Task Import_TheDownloadedXlsxTemplate_ImportsAsItIs()
    {
        var analyst = await StaffAsync(Roles.MinistryAnalyst);
        var template = await analyst.GetAsync("/reports/assessments/template.xlsx");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var bytes = await template.Content.ReadAsByteArrayAsync();
        var before = (await AssessmentsTitledAsync(AssessmentTemplate.ExampleRows[0][0])).Count;

        var answer = await ImportAsync(analyst, bytes, "template.xlsx");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var after = await AssessmentsTitledAsync(AssessmentTemplate.ExampleRows[0][0]);
        Assert.Equal(before + 1, after.Count);
        Assert.Contains(after, a => a.Lines.Count == 2 && a.Lines.Sum(l => l.NeededCount) == 65);
    }

    [Fact]
    public async Task Import_BadRows_ListsEachRowAndSavesNothing_NotEvenTheGoodRows()
    {
        var analyst = await StaffAsync(Roles.MinistryAnalyst);
        var title = $"Hatay partial {Guid.NewGuid():N}";
        var csv = Csv(
            Row(title, 31, "C", "7212", "10", "30000", "36000", "tr", "LackOfSkills"),
            Row(title, 99, "C", "7212", "10", "30000", "36000", "tr", "LackOfSkills"),
            Row(title, 31, "C", "99999", "0", "36000", "30000", "xx", "Nonsense"),
            Row(title, 31, "C", "8153", "5", "", "", "", ""));

        var answer = await ImportAsync(analyst, csv, "needs.csv");
        var page = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("Row 3:", page, StringComparison.Ordinal);
        Assert.Contains("Row 4:", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Row 2:", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Row 5:", page, StringComparison.Ordinal);
        Assert.Contains("<code>province_code</code>", page, StringComparison.Ordinal);
        foreach (var column in new[] { "isco_code", "needed_count", "wage_max_try", "language_codes", "hard_to_fill_reasons" })
        {
            Assert.Contains($"<code>{column}</code>", page, StringComparison.Ordinal);
        }

        Assert.Empty(await AssessmentsTitledAsync(title));
    }

    [Fact]
    public async Task Import_MissingColumnOrNotASpreadsheet_SavesNothing()
    {
        var analyst = await StaffAsync(Roles.MinistryAnalyst);
        var noColumn = await ImportAsync(analyst, Encoding.UTF8.GetBytes("title,period_start\nx,2027-01-01\n"), "short.csv");
        var notXlsx = await ImportAsync(analyst, Encoding.UTF8.GetBytes("this is not a zip"), "fake.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, noColumn.StatusCode);
        Assert.Contains("<code>isco_code</code>", await noColumn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notXlsx.StatusCode);
        Assert.Empty(await AssessmentsTitledAsync("x"));
    }

    [Fact]
    public async Task Form_AWrongLine_IsMarkedAndNothingIsSaved_ThenTheFixedFormSaves()
    {
        var analyst = await StaffAsync(Roles.MinistryAnalyst);
        var title = $"Konya form {Guid.NewGuid():N}";
        var fields = new Dictionary<string, string>
        {
            ["title"] = title, ["period_start"] = "2027-01-01", ["period_end"] = "2027-06-30", ["province_code"] = "42", ["nace_section"] = "c",
            ["source"] = "Chamber survey", ["method"] = "Phone interviews",
            ["lines[0].isco_code"] = "7212", ["lines[0].needed_count"] = "15", ["lines[0].wage_min_try"] = "30000", ["lines[0].wage_max_try"] = "34000",
            ["lines[1].isco_code"] = "12345", ["lines[1].needed_count"] = "8",
        };

        var wrong = await PostFormAsync(analyst, fields);
        var page = await wrong.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("is-invalid\" id=\"l1-isco_code\" name=\"lines[1].isco_code\" value=\"12345\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("is-invalid\" id=\"l0-isco_code\"", page, StringComparison.Ordinal);
        Assert.Contains("Line 2: Not an ISCO-08 code", page, StringComparison.Ordinal);
        Assert.Empty(await AssessmentsTitledAsync(title));

        fields["lines[1].isco_code"] = "8153";
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(analyst, fields)).StatusCode);
        var saved = Assert.Single(await AssessmentsTitledAsync(title));
        Assert.Equal("C", saved.NaceSection);
        Assert.Equal(23, saved.Lines.Sum(l => l.NeededCount));
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient analyst, Dictionary<string, string> fields)
    {
        var page = await analyst.GetStringAsync("/reports/assessments/new");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page) };
        return await analyst.PostAsync("/reports/assessments/new?culture=en", new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task Supply_CountsTheWorkersTheRulesAllow_AsComputedByHand()
    {
        // Mersin (33), chefs (3434); the period starts next month. Hand count: 12 + 2 = 14.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = today.AddMonths(1);
        var end = today.AddMonths(7);
        var eligible = await PlantAsync(12, "3434", 33, ProtectionStatus.TemporaryProtection, new DateOnly(2022, 3, 1), relocate: false, available: today);
        await PlantAsync(3, "3434", 33, ProtectionStatus.TemporaryProtection, today.AddMonths(-2), relocate: false, available: today); // six-month wait not over by the start
        await PlantAsync(4, "3434", 6, ProtectionStatus.TemporaryProtection, new DateOnly(2022, 3, 1), relocate: true, available: today); // protection: only in their province
        var movers = await PlantAsync(2, "3434", 6, ProtectionStatus.ResidencePermit, null, relocate: true, available: today); // may move
        await PlantAsync(2, "3434", 6, ProtectionStatus.ResidencePermit, null, relocate: false, available: today); // will not move
        await PlantAsync(1, "3434", 33, ProtectionStatus.TemporaryProtection, new DateOnly(2022, 3, 1), relocate: false, available: end.AddDays(10)); // too late
        await PlantAsync(1, "3433", 33, ProtectionStatus.TemporaryProtection, new DateOnly(2022, 3, 1), relocate: false, available: today); // another occupation
        var analyst = await StaffAsync(Roles.MinistryAnalyst);
        var title = $"Mersin kitchens {Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Redirect, (await ImportAsync(analyst, Csv(Row(title, 33, "I", "3434", "20", "30000", "35000", "tr", "FewApplicants", start, end)), "n.csv")).StatusCode);

        var line = await SupplyLineAsync(analyst, title);

        Assert.Equal(14, line.GetProperty("supply").GetInt32());
        Assert.Equal(0.7, line.GetProperty("index").GetDouble(), 3);
        var page = await analyst.GetStringAsync("/reports/supply?province=33&sector=I");
        Assert.Contains(">14<", RowOf(page, title), StringComparison.Ordinal);

        // A case worker sees the people on their desk who fit, and only those.
        var (caseWorker, caseWorkerId) = await WorkerJourney.CaseWorkerAsync(portal);
        await AssignAsync(caseWorkerId, eligible[0], eligible[1], movers[0]);
        var id = await AssessmentIdAsync(title);
        Assert.Contains($"/caseworker/needs/{id}/1", await caseWorker.GetStringAsync("/caseworker/needs"), StringComparison.Ordinal);
        var people = await caseWorker.GetStringAsync($"/caseworker/needs/{id}/1");
        Assert.Contains(eligible[0].Name, people, StringComparison.Ordinal);
        Assert.Contains(eligible[1].Name, people, StringComparison.Ordinal);
        Assert.Contains(movers[0].Name, people, StringComparison.Ordinal);
        Assert.DoesNotContain(eligible[2].Name, people, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suppression_APlantedGroupOfSeven_NeverAppearsAsANumber()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await PlantAsync(7, "2166", 48, ProtectionStatus.ResidencePermit, null, relocate: false, available: today);
        var analyst = await StaffAsync(Roles.MinistryAnalyst);
        var title = $"Mugla design {Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Redirect, (await ImportAsync(analyst, Csv(Row(title, 48, "M", "2166", "25", "", "", "", "", today.AddMonths(1), today.AddMonths(6))), "n.csv")).StatusCode);
        var id = await AssessmentIdAsync(title);

        // API
        var line = await SupplyLineAsync(analyst, title);
        Assert.Equal(JsonValueKind.String, line.GetProperty("supply").ValueKind);
        Assert.Equal("<10", line.GetProperty("supply").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("index").ValueKind);
        var groups = await analyst.GetStringAsync("/api/v1/reports/supply/groups?province=48&sector=M");
        Assert.DoesNotContain("\"supply\":7", groups, StringComparison.Ordinal);
        Assert.Contains("\"supply\":\"<10\"", groups, StringComparison.Ordinal);

        // Page
        var row = RowOf(await analyst.GetStringAsync("/reports/supply?province=48&sector=M"), title);
        Assert.Contains("&lt;10", row, StringComparison.Ordinal);
        Assert.DoesNotContain(">7<", row, StringComparison.Ordinal);
        Assert.DoesNotContain("0.28", row, StringComparison.Ordinal); // 7 / 25: the index would give the count away

        // CSV
        var csvRow = (await analyst.GetStringAsync("/reports/export/supply.csv")).Split("\r\n").Single(r => r.StartsWith(id.ToString(), StringComparison.Ordinal));
        var csvCells = csvRow.Split(',');
        Assert.Equal("<10", csvCells[9]);
        Assert.DoesNotContain("7", csvCells[9..], StringComparer.Ordinal);
        Assert.Equal(string.Empty, csvCells[10]);

        // XLSX, read back with the product's reader
        var xlsx = await analyst.GetByteArrayAsync("/reports/export/supply.xlsx");
        var table = new SpreadsheetFiles().Read(new MemoryStream(xlsx), SpreadsheetKind.Xlsx);
        var xlsxRow = table.Single(r => r.Count > 0 && r[0] == id.ToString());
        Assert.Equal("<10", xlsxRow[9]);
        Assert.DoesNotContain("7", xlsxRow.Skip(9), StringComparer.Ordinal);
        Assert.Equal(string.Empty, xlsxRow[10]);
    }

    [Fact]
    public void Suppression_IsTheOneRule_UnderTenIsTheLabel()
    {
        Assert.Equal("<10", Suppression.Count(0).ToString());
        Assert.Equal("<10", Suppression.Count(9).ToString());
        Assert.Equal("10", Suppression.Count(10).ToString());
        Assert.Null(Suppression.Derived(Suppression.Count(7), 0.28));
        var json = JsonSerializer.SerializeToElement(new { n = Suppression.Count(7), m = Suppression.Count(12) });
        Assert.Equal("<10", json.GetProperty("n").GetString());
        Assert.Equal(12, json.GetProperty("m").GetInt32());
    }

    [Fact]
    public async Task Api_NoToken401_WrongScope403_ReportsRead200()
    {
        var anonymous = portal.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/reports/provinces")).StatusCode);

        var noScope = portal.CreateClient();
        noScope.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(null));
        Assert.Equal(HttpStatusCode.Forbidden, (await noScope.GetAsync("/api/v1/reports/provinces")).StatusCode);

        var (worker, _) = await WorkerJourney.SignUpAsync(portal, "tr");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/v1/reports/provinces")).StatusCode);

        var ministry = portal.CreateClient();
        ministry.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(IdentityScopes.ReportsRead));
        var answer = await ministry.GetAsync("/api/v1/reports/provinces");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(81, body.GetProperty("items").GetArrayLength());
        foreach (var path in new[] { "supply", "supply/groups", "trends", "funnel", "time-to-fill", "fairness" })
        {
            Assert.Equal(HttpStatusCode.OK, (await ministry.GetAsync($"/api/v1/reports/{path}")).StatusCode);
        }

        var openApi = await portal.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/reports/supply", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_AnalystSeesTheMapInArabic_WorkerIsTurnedAway()
    {
        var analyst = await StaffAsync(Roles.MinistryAnalyst);
        var page = await analyst.GetStringAsync("/reports?culture=ar&metric=workers");
        Assert.Contains("dir=\"rtl\"", page, StringComparison.Ordinal);
        Assert.Equal(81, System.Text.RegularExpressions.Regex.Count(page, "data-province=\""));
        Assert.Contains("OpenStreetMap", page, StringComparison.Ordinal);

        var (worker, _) = await WorkerJourney.SignUpAsync(portal, "tr");
        var denied = await worker.GetAsync("/reports");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }

    private async Task<JsonElement> SupplyLineAsync(HttpClient analyst, string title)
    {
        portal.Services.GetRequiredService<ReportCache>().Invalidate();
        var body = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/reports/supply");
        return body.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("title").GetString() == title);
    }

    private static string RowOf(string page, string title)
    {
        var at = page.IndexOf(title, StringComparison.Ordinal);
        Assert.True(at >= 0, "The line is not on the page.");
        var start = page.LastIndexOf("<tr", at, StringComparison.Ordinal);
        var end = page.IndexOf("</tr>", at, StringComparison.Ordinal);
        return page[start..end];
    }

    private async Task<string> TokenAsync(string? scope)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = IdentitySeeder.MinistryClientId,
            ["client_secret"] = IdentitySeeder.MinistryClientSecret,
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        var answer = await portal.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    private static string[] Row(string title, int province, string sector, string isco, string needed, string wageMin, string wageMax, string languages, string reasons, DateOnly? start = null, DateOnly? end = null) =>
    [
        title, (start ?? new DateOnly(2027, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (end ?? new DateOnly(2027, 6, 30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        province.ToString(CultureInfo.InvariantCulture), sector, "İŞKUR survey", "Employer survey", isco, needed, wageMin, wageMax, string.Empty, languages, reasons,
    ];

    private static byte[] Csv(params string[][] rows) =>
        Encoding.UTF8.GetBytes(string.Join("\n", rows.Prepend(Columns).Select(r => string.Join(",", r))) + "\n");

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient analyst, byte[] content, string fileName)
    {
        var page = await analyst.GetStringAsync("/reports/assessments");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(IdentityPortalFactory.Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await analyst.PostAsync("/reports/assessments/import?culture=en", form);
    }

    private async Task<List<Domain.Assessments.LabourNeedsAssessment>> AssessmentsTitledAsync(string title)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Assessments.AsNoTracking().Where(a => a.Title == title).ToListAsync();
    }

    private async Task<Guid> AssessmentIdAsync(string title) => (await AssessmentsTitledAsync(title)).Single().Id.Value;

    /// <summary>Registers workers straight into the database (as a case worker's bulk registration would), without accounts.</summary>
    private async Task<List<(Domain.Identifiers.WorkerId Id, string Name)>> PlantAsync(int count, string isco, int province, ProtectionStatus status, DateOnly? registeredOn, bool relocate, DateOnly available)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var catalogue = scope.ServiceProvider.GetRequiredService<IReferenceCatalogue>();
        var planted = new List<(Domain.Identifiers.WorkerId, string)>();
        for (var i = 0; i < count; i++)
        {
            var name = $"Planted {isco}-{province}-{Guid.NewGuid():N}";
            var worker = Worker.Register(new WorkerProfile
            {
                DisplayName = name,
                NationalityCode = "SY",
                ProtectionStatus = status,
                ProtectionRegisteredOn = registeredOn,
                RegisteredProvinceCode = province,
                Occupations = [IscoCode.Create(isco, catalogue).Value],
                AvailableFrom = available,
                WillingToRelocate = relocate,
            }, null, DateTimeOffset.UtcNow).Value;
            db.Workers.Add(worker);
            planted.Add((worker.Id, name));
        }

        await db.SaveChangesAsync();
        return planted;
    }

    private async Task AssignAsync(string caseWorkerId, params (Domain.Identifiers.WorkerId Id, string Name)[] workers)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        foreach (var (id, _) in workers)
        {
            db.CaseAssignments.Add(CaseAssignment.Assign(caseWorkerId, id, DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A staff member of the test's own (own authenticator key), signed in with MFA.</summary>
    private async Task<HttpClient> StaffAsync(string role)
    {
        const string password = "reading the labour market";
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var user = new LabourHubUser { UserName = $"staff-{Guid.NewGuid():N}@example.org" };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, user.UserName, password);
        Assert.Equal(HttpStatusCode.Redirect, (await MfaTests.PostCodeAsync(browser, MfaTests.CurrentCode(key))).StatusCode);
        return browser;
    }
}
