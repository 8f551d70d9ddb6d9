using LabourHub.Application.Vacancies.SearchVacancies;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Infrastructure.ReferenceData;
using LabourHub.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Infrastructure.Tests;

/// <summary>
/// The same persistence scenarios on every provider: each derived class runs them on its own real database.
/// </summary>
public abstract class PersistenceTests(DatabaseFixture fixture)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private TestDatabase Db
    {
        get
        {
            Skip.If(fixture.Database is null, TestDatabase.SkipReason);
            return fixture.Database!;
        }
    }

    [SkippableFact]
    public async Task Initialise_ImportsEveryReferenceTable()
    {
        await using var db = Db.NewContext();

        Assert.Equal(619, await db.IscoGroups.CountAsync());
        Assert.Equal(436, await db.IscoGroups.CountAsync(g => g.Level == 4));
        Assert.Equal(81, await db.Provinces.CountAsync());
        Assert.Equal(973, await db.Districts.CountAsync());
        Assert.Equal(81 * 81, await db.ProvinceDistances.CountAsync());
        Assert.Equal(996, await db.NaceActivities.CountAsync());
        Assert.True(await db.EscoOccupations.CountAsync() > 2900);
        Assert.True(await db.EscoSkills.CountAsync() > 13000);
        Assert.True(await db.OccupationSkills.CountAsync() > 120_000);
        Assert.Contains(await db.Languages.Select(l => l.Code).ToListAsync(), c => c == "ar");
        Assert.NotEmpty(await db.MinimumWages.ToListAsync());
    }

    [SkippableFact]
    public async Task Initialise_TitlesIscoGroupsInTurkishAndArabic()
    {
        await using var db = Db.NewContext();
        var welders = await db.IscoGroups.SingleAsync(g => g.Code == "7212");

        Assert.Contains("Kaynak", welders.TitleTr, StringComparison.Ordinal);
        Assert.Contains("لح", welders.TitleAr, StringComparison.Ordinal);
        Assert.Equal("Welders and flamecutters", welders.TitleEn);
        Assert.Equal(0, await db.IscoGroups.CountAsync(g => g.TitleTr == g.TitleEn && g.Level == 4));
        var gaziantepToHatay = await db.ProvinceDistances.SingleAsync(d => d.FromProvinceCode == 27 && d.ToProvinceCode == 31);
        Assert.InRange(gaziantepToHatay.Kilometres, 150, 300);
    }

    [SkippableFact]
    public async Task Initialise_AgainAndAgain_NeverDuplicatesData()
    {
        await using var before = Db.NewContext();
        var workers = await before.Workers.CountAsync();
        var skills = await before.EscoSkills.CountAsync();
        var redFlagRules = await before.RedFlagRules.CountAsync();

        await Db.InitialiseAsync();
        await Db.Services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);

        await using var after = Db.NewContext();
        Assert.Equal(workers, await after.Workers.CountAsync());
        Assert.Equal(skills, await after.EscoSkills.CountAsync());
        Assert.True(redFlagRules > 100);
        Assert.Equal(redFlagRules, await after.RedFlagRules.CountAsync());
        // Reference data, the red-flag rules (Protection), the demo data and the demo support programme: each loaded once.
        Assert.Equal(4, await after.DataImports.CountAsync());
        Assert.Equal(1, await after.SupportProgrammes.CountAsync());
    }

    [SkippableFact]
    public async Task DemoData_SeedsTheConfiguredPopulation()
    {
        await using var db = Db.NewContext();

        Assert.Equal(300, await db.Workers.CountAsync(w => w.UserId == null));
        Assert.Equal(40, await db.Employers.CountAsync(e => e.OwnerUserId == null));
        Assert.Equal(80, await db.Vacancies.CountAsync());
        Assert.True(await db.Applications.CountAsync() > 50);
        Assert.True(await db.Workers.CountAsync(w => w.NationalityCode == "SY") > 150);
    }

    [SkippableFact]
    public async Task Worker_RoundTripsWithValueObjectsAndCollections()
    {
        var catalogue = Db.Services.GetRequiredService<ReferenceCatalogue>();
        var profile = new WorkerProfile
        {
            DisplayName = "Test Worker",
            Phone = PhoneNumber.Create("0532 123 45 67").Value,
            ForeignerIdentityNumber = ValidForeignerNumber(),
            NationalityCode = "SY",
            ProtectionStatus = ProtectionStatus.TemporaryProtection,
            ProtectionRegisteredOn = new DateOnly(2018, 5, 2),
            RegisteredProvinceCode = 31,
            Languages = [new LanguageSkill("ar", CefrLevel.C2), new LanguageSkill("tr", CefrLevel.A2)],
            Occupations = [IscoCode.Create("7212", catalogue).Value, IscoCode.Create("7214", catalogue).Value],
            SkillUris = ["http://data.europa.eu/esco/skill/a", "http://data.europa.eu/esco/skill/b"],
            WageExpectation = Money.FromKurus(3_000_000),
            AvailableFrom = new DateOnly(2026, 12, 1),
            Education = EducationLevel.Vocational,
        };
        var worker = Worker.Register(profile, "user-42", Now).Value;
        await using (var db = Db.NewContext())
        {
            db.Workers.Add(worker);
            await db.SaveChangesAsync();
        }

        await using var read = Db.NewContext();
        var loaded = await read.Workers.SingleAsync(w => w.Id == worker.Id);
        Assert.Equal("+905321234567", loaded.Phone!.Value);
        Assert.Equal(profile.ForeignerIdentityNumber, loaded.ForeignerIdentityNumber);
        Assert.Equal(["7212", "7214"], loaded.OccupationCodes);
        Assert.Equal(2, loaded.SkillUris.Count);
        Assert.Equal(CefrLevel.A2, loaded.Languages.Single(l => l.LanguageCode == "tr").Level);
        Assert.Equal(3_000_000, loaded.WageExpectation.Kurus);
        Assert.Equal(Now, loaded.RegisteredAt);
        Assert.Equal(EducationLevel.Vocational, loaded.Education);
    }

    private static ForeignerIdentityNumber ValidForeignerNumber()
    {
        const string nine = "991234567";
        var (tenth, eleventh) = IdentityNumberChecksum.Compute(nine);
        return ForeignerIdentityNumber.Create(string.Concat(nine, tenth.ToString(System.Globalization.CultureInfo.InvariantCulture), eleventh.ToString(System.Globalization.CultureInfo.InvariantCulture))).Value;
    }

    [SkippableFact]
    public async Task Employer_TaxNumberIsUnique()
    {
        var vkn = TaxNumber.Create("1234567890").Value;
        await using (var db = Db.NewContext())
        {
            db.Employers.Add(Employer.Register(vkn, "Bir Tekstil", "14.13", "C", 16, null, 12, 1, "test-owner", Now).Value);
            await db.SaveChangesAsync();
        }

        await using var again = Db.NewContext();
        again.Employers.Add(Employer.Register(vkn, "Başka Tekstil", "14.13", "C", 16, null, 12, 1, "test-owner", Now).Value);
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [SkippableFact]
    public async Task Application_SameWorkerAndVacancyTwice_IsRefused()
    {
        await using var db = Db.NewContext();
        var vacancy = await db.Vacancies.FirstAsync();
        var worker = await db.Workers.FirstAsync(w => !db.Applications.Any(a => a.WorkerId == w.Id && a.VacancyId == vacancy.Id));
        db.Applications.Add(JobApplication.Submit(vacancy.Id, worker.Id, Now));
        await db.SaveChangesAsync();

        await using var twice = Db.NewContext();
        twice.Applications.Add(JobApplication.Submit(vacancy.Id, worker.Id, Now));
        await Assert.ThrowsAsync<DbUpdateException>(() => twice.SaveChangesAsync());
    }

    [SkippableFact]
    public async Task Application_ConcurrentChanges_SecondWriterIsStopped()
    {
        JobApplicationId id;
        await using (var db = Db.NewContext())
        {
            id = (await db.Applications.FirstAsync(a => a.Status == ApplicationStatus.Submitted)).Id;
        }

        await using var first = Db.NewContext();
        await using var second = Db.NewContext();
        var a = await first.Applications.SingleAsync(x => x.Id == id);
        var b = await second.Applications.SingleAsync(x => x.Id == id);
        a.MoveTo(ApplicationStatus.Shortlisted, Now);
        b.MoveTo(ApplicationStatus.Rejected, Now);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = Db.NewContext();
        Assert.Equal(ApplicationStatus.Shortlisted, (await check.Applications.SingleAsync(x => x.Id == id)).Status);
    }

    [SkippableFact]
    public async Task DatabaseVacancySearch_FoldedText_FindsTurkishLetters()
    {
        await using var scope = Db.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<DatabaseVacancySearch>();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var titles = await db.Vacancies.Where(v => v.Status == VacancyStatus.Open).Select(v => v.Title).ToListAsync();
        var title = titles.First(t => t.Contains('ı', StringComparison.Ordinal) || t.Contains('ç', StringComparison.Ordinal));
        var ascii = title.Replace('ı', 'i').Replace('ç', 'c').Replace('ş', 's').Replace('ğ', 'g').Replace('ü', 'u').Replace('ö', 'o').Replace('İ', 'I').ToUpperInvariant();

        var found = await search.SearchAsync(new VacancySearchQuery { Text = ascii, PageSize = 100 }, CancellationToken.None);

        Assert.NotEmpty(found.Hits);
        var foundTitles = await TitlesAsync(db, found.Hits);
        Assert.All(foundTitles, t => Assert.Equal(title, t, ignoreCase: false));
    }

    [SkippableFact]
    public async Task DatabaseVacancySearch_PagesAreDisjointAndOrderedNewestFirst()
    {
        await using var scope = Db.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<DatabaseVacancySearch>();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();

        var first = await search.SearchAsync(new VacancySearchQuery { Page = 1, PageSize = 10 }, CancellationToken.None);
        var second = await search.SearchAsync(new VacancySearchQuery { Page = 2, PageSize = 10 }, CancellationToken.None);

        Assert.Equal(first.Total, second.Total);
        Assert.Empty(first.Hits.Select(v => v.Id).Intersect(second.Hits.Select(v => v.Id)));
        var posted = await PostedAsync(db, first.Hits.Concat(second.Hits));
        Assert.Equal(posted.OrderByDescending(p => p), posted);
        Assert.Equal("db.2", first.Next);
    }

    [SkippableFact]
    public async Task DatabaseVacancySearch_FiltersAndFacetsAgreeWithTheTable()
    {
        await using var scope = Db.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<DatabaseVacancySearch>();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var open = await db.Vacancies.Where(v => v.Status == VacancyStatus.Open).ToListAsync();
        var sample = open[0];

        var all = await search.SearchAsync(new VacancySearchQuery { PageSize = 100, Facets = ["province", "isco"] }, CancellationToken.None);
        var byProvince = await search.SearchAsync(new VacancySearchQuery { ProvinceCode = sample.ProvinceCode, PageSize = 100 }, CancellationToken.None);
        var byIsco = await search.SearchAsync(new VacancySearchQuery { IscoPrefix = sample.IscoCode[..1], PageSize = 100 }, CancellationToken.None);

        Assert.Equal(open.Count, all.Total);
        Assert.Equal(open.Count(v => v.ProvinceCode == sample.ProvinceCode), byProvince.Total);
        Assert.Contains(byProvince.Hits, h => h.Id == sample.Id.Value);
        Assert.Equal(open.Count(v => v.IscoCode.StartsWith(sample.IscoCode[..1], StringComparison.Ordinal)), byIsco.Total);
        var expected = open.GroupBy(v => v.ProvinceCode.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(expected, all.Facets["province"].ToDictionary(f => f.Value, f => f.Count));
    }

    private static async Task<List<string>> TitlesAsync(LabourHubDbContext db, IEnumerable<VacancyIndexHit> hits)
    {
        var ids = hits.Select(h => new VacancyId(h.Id)).ToList();
        return await db.Vacancies.Where(v => ids.Contains(v.Id)).Select(v => v.Title).ToListAsync();
    }

    private static async Task<List<DateTimeOffset>> PostedAsync(LabourHubDbContext db, IEnumerable<VacancyIndexHit> hits)
    {
        var order = hits.Select(h => h.Id).ToList();
        var ids = order.Select(id => new VacancyId(id)).ToList();
        var posted = await db.Vacancies.Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id.Value, v => v.PostedAt);
        return order.Select(id => posted[id]).ToList();
    }

    [SkippableFact]
    public async Task DemoVacancies_PayAtLeastTheMinimumWageInForce()
    {
        await using var db = Db.NewContext();
        var wages = await db.MinimumWages.ToListAsync();
        var vacancies = await db.Vacancies.ToListAsync();

        Assert.All(vacancies, v =>
            Assert.True(v.WageMin >= MinimumWage.InForce(wages, DateOnly.FromDateTime(v.PostedAt.UtcDateTime))!.NetMonthly));
    }
}
