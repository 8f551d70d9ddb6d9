using LabourHub.Domain.Applications;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.Workers;
using LabourHub.Infrastructure.DemoData;

namespace LabourHub.Infrastructure.Tests;

[Trait("Capability", "Foundation")]
public sealed class DemoPopulationGeneratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly DemoReference Reference = DemoReferenceLoader.LoadFromFiles(DateOnly.FromDateTime(Now.UtcDateTime));

    [Fact]
    public void Generate_SameSeed_SamePopulation()
    {
        var a = new DemoPopulationGenerator(Reference, 7, Now).Generate(20, 40, 200);
        var b = new DemoPopulationGenerator(Reference, 7, Now).Generate(20, 40, 200);

        Assert.Equal(a.Workers.Select(Fingerprint), b.Workers.Select(Fingerprint));
        Assert.Equal(a.Vacancies.Select(v => (v.Title, v.ProvinceCode, v.WageMin, v.PostedAt)), b.Vacancies.Select(v => (v.Title, v.ProvinceCode, v.WageMin, v.PostedAt)));
        Assert.Equal(a.Applications.Select(x => x.Status), b.Applications.Select(x => x.Status));
    }

    [Fact]
    public void Generate_OtherSeed_OtherPopulation()
    {
        var a = new DemoPopulationGenerator(Reference, 7, Now).Generate(5, 10, 100);
        var b = new DemoPopulationGenerator(Reference, 8, Now).Generate(5, 10, 100);

        Assert.NotEqual(a.Workers.Select(Fingerprint), b.Workers.Select(Fingerprint));
    }

    [Fact]
    public void Generate_LooksLikeTurkiyesMigrantWorkforce()
    {
        var population = new DemoPopulationGenerator(Reference, 20261127, Now).Generate(300, 600, 2000);
        var workers = population.Workers;

        Assert.InRange(workers.Count(w => w.ProtectionStatus == ProtectionStatus.TemporaryProtection) / (double)workers.Count, 0.7, 0.9);
        var topProvinces = workers.GroupBy(w => w.RegisteredProvinceCode).OrderByDescending(g => g.Count()).Take(4).Select(g => g.Key).ToList();
        Assert.Subset(new HashSet<int> { 34, 27, 31, 63, 1, 33 }, topProvinces.ToHashSet());
        Assert.All(workers, w => Assert.Contains(w.Languages, l => l.LanguageCode == "tr"));
        Assert.All(workers, w => Assert.NotEmpty(w.SkillUris));
        Assert.All(workers.Where(w => w.ProtectionStatus != ProtectionStatus.ResidencePermit), w => Assert.True(w.ProtectionRegisteredOn < DateOnly.FromDateTime(w.RegisteredAt.UtcDateTime)));

        Assert.Equal(600, population.Vacancies.Count);
        Assert.All(population.Vacancies, v => Assert.True(v.WageMin >= Reference.MinimumWage.NetMonthly));
        Assert.All(population.Vacancies, v => Assert.NotEmpty(v.EssentialSkillUris));
        Assert.True(population.Vacancies.Count(v => v.Status == VacancyStatus.Open) > 450);
        Assert.Contains(population.Vacancies, v => v.SeasonalAgriculture);
        Assert.Equal(300, population.Employers.Select(e => e.TaxNumber.Value).Distinct().Count());

        var hiredPerVacancy = population.Applications.Where(a => a.Status == ApplicationStatus.Hired).GroupBy(a => a.VacancyId).ToDictionary(g => g.Key, g => g.Count());
        Assert.NotEmpty(hiredPerVacancy);
        Assert.All(population.Vacancies, v => Assert.True(hiredPerVacancy.GetValueOrDefault(v.Id) <= v.Positions));
        Assert.InRange(hiredPerVacancy.Values.Sum() / (double)population.Applications.Count, 0.02, 0.2);
        Assert.Equal(population.Applications.Count, population.Applications.Select(a => (a.VacancyId, a.WorkerId)).Distinct().Count());
    }

    [Fact]
    public void GenerateWorkers_StreamsLazily()
    {
        var generator = new DemoPopulationGenerator(Reference, 1, Now);

        Assert.Equal(50, generator.GenerateWorkers(1_000_000).Take(50).Count());
    }

    private static (string, int, string, int) Fingerprint(Worker w) =>
        (w.DisplayName, w.RegisteredProvinceCode, string.Join(',', w.OccupationCodes), w.ExperienceYears);
}
