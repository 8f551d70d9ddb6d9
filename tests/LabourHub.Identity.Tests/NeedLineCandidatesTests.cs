using System.Net;
using LabourHub.Application.Reference;
using LabourHub.Domain.Assessments;
using LabourHub.Domain.CaseWork;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Workers;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>
/// Candidates for a labour-needs line: analysts see four counts (suppressed under ten) and never a person; a case
/// worker sees only the people assigned to them, ranked with reasons and eligibility badges, and never another case
/// worker's people. Each test plants its workers in an occupation family nobody else in the province has.
/// </summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Matching")]
public sealed class NeedLineCandidatesTests(IdentityPortalFactory portal)
{
    private const int Province = 66; // Yozgat
    private const int Elsewhere = 6; // Ankara

    [Fact]
    public async Task Analyst_SeesCountsOnly_AsComputedByHand_WithSuppression()
    {
        var (code, sibling) = await UnusedFamilyAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var wellMatched = await PlantAsync(12, code, Province, ProtectionStatus.ResidencePermit, null, relocate: false);
        await PlantAsync(10, sibling, Province, ProtectionStatus.ResidencePermit, null, relocate: false); // eligible now, another minor group
        await PlantAsync(3, code, Province, ProtectionStatus.TemporaryProtection, today.AddMonths(-2), relocate: false); // six-month wait: later
        var blocked = await PlantAsync(11, code, Elsewhere, ProtectionStatus.TemporaryProtection, new DateOnly(2022, 3, 1), relocate: true); // province rule
        await PlantAsync(5, code, Elsewhere, ProtectionStatus.ResidencePermit, null, relocate: false); // will not move: not in the pool
        var id = await AssessmentAsync(code, today);
        var (analyst, _) = await WorkerJourney.StaffAsync(portal, Roles.MinistryAnalyst);

        var page = await analyst.GetStringAsync($"/reports/assessments/{id}/lines/1/candidates?culture=en");
        var counts = Between(page, "id=\"counts\"", "</ul>");

        Assert.Equal(["22", "12", "<10", "11"], Figures(counts));
        Assert.DoesNotContain("Planted", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/caseworker/workers/", page, StringComparison.Ordinal);
        Assert.DoesNotContain(wellMatched[0].Id.Value.ToString(), page, StringComparison.Ordinal);
        Assert.DoesNotContain(blocked[0].Id.Value.ToString(), page, StringComparison.Ordinal);
        Assert.Contains($"/reports/assessments/{id}/lines/1/candidates", await analyst.GetStringAsync("/reports/assessments"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/reports/assessments/{id}/lines/2/candidates")).StatusCode);

        // A case worker is not an analyst: the counts page is not theirs.
        var (caseWorker, _) = await WorkerJourney.CaseWorkerAsync(portal);
        Assert.NotEqual(HttpStatusCode.OK, (await caseWorker.GetAsync($"/reports/assessments/{id}/lines/1/candidates")).StatusCode);
    }

    [Fact]
    public async Task CaseWorker_SeesOnlyTheirAssignedWorkers_RankedWithReasonsAndBadges_NeverAnotherCaseWorkersPeople()
    {
        var (code, sibling) = await UnusedFamilyAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = await PlantAsync(2, code, Province, ProtectionStatus.ResidencePermit, null, relocate: false);
        var near = await PlantAsync(1, sibling, Province, ProtectionStatus.ResidencePermit, null, relocate: false);
        var later = await PlantAsync(1, code, Province, ProtectionStatus.TemporaryProtection, today.AddMonths(-2), relocate: false);
        var blocked = await PlantAsync(1, code, Elsewhere, ProtectionStatus.TemporaryProtection, new DateOnly(2022, 3, 1), relocate: true);
        var others = await PlantAsync(2, code, Province, ProtectionStatus.ResidencePermit, null, relocate: false);
        var id = await AssessmentAsync(code, today);
        var (mine, mineId) = await WorkerJourney.CaseWorkerAsync(portal);
        var (theirs, theirsId) = await WorkerJourney.CaseWorkerAsync(portal);
        await AssignAsync(mineId, [.. now, .. near, .. later, .. blocked]);
        await AssignAsync(theirsId, others);

        var page = await mine.GetStringAsync($"/caseworker/needs/{id}/1/candidates?culture=en");

        var ranked = Between(page, "id=\"eligible-now\"", "</ol>");
        Assert.All(now.Concat(near), p => Assert.Contains(p.Name, ranked, StringComparison.Ordinal));
        Assert.Equal(3, Count(ranked, "Can be hired now"));
        Assert.Equal(2, Count(ranked, "matches well"));
        Assert.Contains("Ranked by the baseline.", page, StringComparison.Ordinal);
        Assert.Contains("<li>", ranked, StringComparison.Ordinal); // reasons
        Assert.Contains(later[0].Name, Between(page, "id=\"eligible-later\"", "</ul>"), StringComparison.Ordinal);
        Assert.Contains(blocked[0].Name, Between(page, "id=\"not-eligible\"", "</ul>"), StringComparison.Ordinal);
        Assert.All(others, p => Assert.DoesNotContain(p.Name, page, StringComparison.Ordinal));
        Assert.All(others, p => Assert.DoesNotContain(p.Id.Value.ToString(), page, StringComparison.Ordinal));

        var theirPage = await theirs.GetStringAsync($"/caseworker/needs/{id}/1/candidates?culture=en");
        Assert.All(others, p => Assert.Contains(p.Name, theirPage, StringComparison.Ordinal));
        Assert.All(now.Concat(near).Concat(later).Concat(blocked), p => Assert.DoesNotContain(p.Name, theirPage, StringComparison.Ordinal));

        // An analyst never reaches the people page.
        var (analyst, _) = await WorkerJourney.StaffAsync(portal, Roles.MinistryAnalyst);
        Assert.NotEqual(HttpStatusCode.OK, (await analyst.GetAsync($"/caseworker/needs/{id}/1/candidates")).StatusCode);
        Assert.Contains($"/caseworker/needs/{id}/1/candidates", await mine.GetStringAsync($"/caseworker/needs/{id}/1"), StringComparison.Ordinal);
    }

    private static readonly (string Code, string Sibling)[] Families =
        [("7512", "7522"), ("6113", "6121"), ("8121", "8131"), ("7411", "7421"), ("9312", "9321"), ("5141", "5151"), ("7311", "7321")];

    /// <summary>An occupation (and one in another minor group of its family) that no worker in the pool of the province has yet.</summary>
    private async Task<(string Code, string Sibling)> UnusedFamilyAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var codes = await db.Workers.AsNoTracking().Where(w => w.RegisteredProvinceCode == Province || w.WillingToRelocate)
            .Select(w => w.OccupationCodes).ToListAsync();
        var used = codes.SelectMany(c => c).Select(c => c[..2]).ToHashSet();
        return Families.First(f => !used.Contains(f.Code[..2]));
    }

    private async Task<Guid> AssessmentAsync(string code, DateOnly today)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var assessment = LabourNeedsAssessment.Create($"Yozgat {code} {Guid.NewGuid():N}", today.AddMonths(1), today.AddMonths(7), Province, "C", "test", "planted",
            [new NeedLine { IscoCode = code, NeededCount = 20, LanguageCodes = ["tr"] }], DateTimeOffset.UtcNow).Value;
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        return assessment.Id.Value;
    }

    private async Task<List<(WorkerId Id, string Name)>> PlantAsync(int count, string isco, int province, ProtectionStatus status, DateOnly? registeredOn, bool relocate)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var catalogue = scope.ServiceProvider.GetRequiredService<IReferenceCatalogue>();
        var planted = new List<(WorkerId, string)>();
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
                Occupations = [Domain.ValueObjects.IscoCode.Create(isco, catalogue).Value],
                AvailableFrom = DateOnly.FromDateTime(DateTime.UtcNow),
                WillingToRelocate = relocate,
                ExperienceYears = i,
            }, null, DateTimeOffset.UtcNow).Value;
            db.Workers.Add(worker);
            planted.Add((worker.Id, name));
        }

        await db.SaveChangesAsync();
        return planted;
    }

    private async Task AssignAsync(string caseWorkerId, IEnumerable<(WorkerId Id, string Name)> workers)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        foreach (var (id, _) in workers)
        {
            db.CaseAssignments.Add(CaseAssignment.Assign(caseWorkerId, id, DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync();
    }

    private static string Between(string page, string start, string end)
    {
        var from = page.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{start} is not on the page.");
        return page[from..page.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static int Count(string html, string text) => (html.Length - html.Replace(text, string.Empty, StringComparison.Ordinal).Length) / text.Length;

    /// <summary>The four figures in page order: a number, or "&lt;10" for a suppressed one.</summary>
    private static List<string> Figures(string counts) =>
        System.Text.RegularExpressions.Regex.Matches(counts, "class=\"figure-value\">\\s*(?:<bdi[^>]*>)?([^<\\s]+)")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
}
