using System.Globalization;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;

namespace LabourHub.Infrastructure.DemoData;

/// <summary>
/// Generates a believable, seeded population through the domain's own factories, so every demo object is valid.
/// The same seed and "today" give the same people, businesses, jobs and outcomes (database ids are fresh GUIDs).
/// Workers are produced lazily, so millions can be streamed to files for benchmarks.
/// </summary>
public sealed class DemoPopulationGenerator(DemoReference reference, int seed, DateTimeOffset now)
{
    private readonly DateOnly _today = DateOnly.FromDateTime(now.UtcDateTime);

    public DemoPopulation Generate(int employers, int vacancies, int workers)
    {
        var employerList = GenerateEmployers(employers).ToList();
        var vacancyList = GenerateVacancies(employerList, vacancies).ToList();
        var generated = Workers(workers).ToList();
        var workerList = generated.Select(w => w.Worker).ToList();
        var pastSectors = generated.ToDictionary(w => w.Worker.Id, w => w.PastSector);
        var applications = GenerateApplications(vacancyList, workerList, pastSectors).ToList();
        return new DemoPopulation(employerList.Select(e => e.Employer).ToList(), vacancyList.Select(v => v.Vacancy).ToList(), workerList, applications)
        {
            WorkerSummaries = generated.ToDictionary(w => w.Worker.Id, w => w.Summary),
        };
    }

    public IEnumerable<(Employer Employer, SectorProfileKey Sector)> GenerateEmployers(int count)
    {
        var random = new Random(seed);
        var usedTaxNumbers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var sector = Pick(random, DemoCatalog.Sectors, s => s.Weight);
            var family = DemoCatalog.TurkishFamilyNames[random.Next(DemoCatalog.TurkishFamilyNames.Length)];
            var suffix = sector.NameSuffixes[random.Next(sector.NameSuffixes.Length)];
            var form = DemoCatalog.CompanyForms[random.Next(DemoCatalog.CompanyForms.Length)];
            var name = $"{family} {suffix} {form}";
            var province = Pick(random, DemoCatalog.EmployerProvinces, p => p.Weight).Province;
            var turkish = random.Next(10) < 3 ? random.Next(2, 10) : random.Next(10, 80);
            var quota = turkish < 10 ? 1 : turkish / 10;
            var foreign = random.Next(0, quota + 1);
            TaxNumber taxNumber;
            do
            {
                taxNumber = RandomTaxNumber(random);
            }
            while (!usedTaxNumbers.Add(taxNumber.Value));

            var employer = Employer.Register(
                taxNumber, name, sector.NaceCodes[random.Next(sector.NaceCodes.Length)], sector.NaceSection, province, null,
                turkish, foreign, null, now.AddDays(-random.Next(30, 900))).Value;
            if (random.NextDouble() < 0.85)
            {
                employer.MarkVerified();
            }

            yield return (employer, new SectorProfileKey(sector.Key));
        }
    }

    private IEnumerable<(Vacancy Vacancy, JobProfile Job, string Sector)> GenerateVacancies(IReadOnlyList<(Employer Employer, SectorProfileKey Sector)> employers, int count)
    {
        if (employers.Count == 0)
        {
            yield break;
        }

        var random = new Random(seed + 1);
        var minimum = reference.MinimumWage.NetMonthly;
        for (var i = 0; i < count; i++)
        {
            var (employer, sectorKey) = employers[i % employers.Count];
            var sector = DemoCatalog.Sectors.First(s => s.Key == sectorKey.Key);
            var job = sector.Jobs[random.Next(sector.Jobs.Length)];
            var (essential, optional) = SkillsFor(job.IscoCode);
            var wageMin = RoundTo100(minimum.Multiply(1m + (decimal)(random.NextDouble() * 0.4)));
            var wageMax = RoundTo100(wageMin.Multiply(1.1m + (decimal)(random.NextDouble() * 0.25)));
            var provinceName = ProvinceNames.GetValueOrDefault(employer.ProvinceCode, string.Empty);
            var template = DemoCatalog.DescriptionTemplates[random.Next(DemoCatalog.DescriptionTemplates.Length)];
            var description = template
                .Replace("{company}", employer.Name, StringComparison.Ordinal)
                .Replace("{province}", provinceName, StringComparison.Ordinal)
                .Replace("{district}", string.Empty, StringComparison.Ordinal)
                .Replace("{title}", job.TitleTr, StringComparison.Ordinal)
                .Replace("{wage}", wageMin.Lira.ToString("N0", CultureInfo.GetCultureInfo("tr-TR")), StringComparison.Ordinal);
            var languages = job.TurkishLevel is null ? [] : new List<LanguageRequirement> { new("tr", CefrLevel.Create(job.TurkishLevel).Value) };
            var details = new VacancyDetails
            {
                Title = job.TitleTr,
                Description = description,
                Occupation = IscoCode.Create(job.IscoCode, reference.IscoCatalog).Value,
                EssentialSkillUris = Sample(random, essential, random.Next(3, 6)),
                OptionalSkillUris = Sample(random, optional, random.Next(1, 4)),
                Languages = languages,
                ProvinceCode = employer.ProvinceCode,
                WageMin = wageMin,
                WageMax = wageMax,
                Positions = random.Next(10) < 6 ? 1 : random.Next(2, 8),
                Shift = random.Next(10) < 7 ? Shift.Day : (Shift)random.Next(1, 4),
                SeasonalAgriculture = job.Seasonal,
            };
            var posted = now.AddDays(-random.Next(0, 90)).AddMinutes(-random.Next(0, 1440));
            var wageOnPostingDay = reference.MinimumWage;
            var vacancy = Vacancy.Post(employer.Id, details, wageOnPostingDay, posted).Value;
            if (random.NextDouble() < 0.12)
            {
                vacancy.Close();
            }

            yield return (vacancy, job, sector.Key);
        }
    }

    public IEnumerable<Worker> GenerateWorkers(int count) => Workers(count).Select(w => w.Worker);

    /// <summary>
    /// Workers with the line they would write about their work ("Kaynakçı; Makine, Metal… sektöründe 5 yıl"): the
    /// titles of their jobs and the sector they last worked in. The past sector comes from its own random stream, so
    /// the workers themselves are the same as <see cref="GenerateWorkers"/> gives.
    /// </summary>
    public IEnumerable<(Worker Worker, string Summary)> GenerateWorkersWithSummaries(int count) => Workers(count).Select(w => (w.Worker, w.Summary));

    private IEnumerable<(Worker Worker, string Summary, string PastSector)> Workers(int count)
    {
        var random = new Random(seed + 2);
        var sectorRandom = new Random(seed + 4);
        var allJobs = DemoCatalog.Sectors.SelectMany(s => s.Jobs.Select(j => (Job: j, s.Weight))).ToArray();
        for (var i = 0; i < count; i++)
        {
            var origin = Pick(random, DemoCatalog.Origins, o => o.Weight);
            var female = random.NextDouble() < 0.3;
            var job = Pick(random, allJobs, j => j.Weight / 6).Job;
            var second = random.NextDouble() < 0.35 ? Pick(random, allJobs, j => j.Weight / 6).Job : null;
            var occupations = new[] { job, second }.OfType<JobProfile>().Select(j => IscoCode.Create(j.IscoCode, reference.IscoCatalog).Value).Distinct().ToList();
            var skills = occupations.SelectMany(o =>
            {
                var (essential, optional) = SkillsFor(o.Value);
                return Sample(random, essential, (int)Math.Ceiling(essential.Count * (0.4 + random.NextDouble() * 0.6)))
                    .Concat(Sample(random, optional, random.Next(0, 4)));
            }).ToList();
            var joinedLabourHub = now.AddDays(-random.Next(0, 700));
            var registered = origin.Status == ProtectionStatus.ResidencePermit
                ? (DateOnly?)null
                : DateOnly.FromDateTime(joinedLabourHub.UtcDateTime).AddDays(-random.Next(20, 365 * 10));
            var profile = new WorkerProfile
            {
                DisplayName = NameFor(random, origin.Language, female),
                Phone = PhoneNumber.Create($"+905{random.Next(30, 60)}{random.Next(1_000_000, 9_999_999)}").Value,
                ForeignerIdentityNumber = RandomForeignerNumber(random),
                NationalityCode = origin.Nationality,
                Gender = female ? Gender.Female : Gender.Male,
                BirthYear = _today.Year - random.Next(18, 58),
                ProtectionStatus = origin.Status,
                ProtectionRegisteredOn = registered,
                RegisteredProvinceCode = Pick(random, DemoCatalog.WorkerProvinces, p => p.Weight).Province,
                Languages = LanguagesFor(random, origin.Language),
                Occupations = occupations,
                SkillUris = skills,
                ExperienceYears = random.Next(0, 21),
                Education = Pick(random, EducationWeights, e => e.Weight).Level,
                WageExpectation = RoundTo100(reference.MinimumWage.NetMonthly.Multiply(1m + (decimal)(random.NextDouble() * 0.5))),
                AvailableFrom = _today.AddDays(random.Next(-30, 61)),
                WillingToRelocate = random.NextDouble() < 0.3,
                Discoverable = random.NextDouble() < 0.7,
            };
            var worker = Worker.Register(profile, null, joinedLabourHub).Value;
            var sectors = DemoCatalog.Sectors.Where(s => s.Jobs.Contains(job)).ToList();
            var past = sectorRandom.NextDouble() < 0.6 ? sectors[sectorRandom.Next(sectors.Count)] : Pick(sectorRandom, DemoCatalog.Sectors, s => s.Weight);
            var titles = string.Join(", ", new[] { job, second }.OfType<JobProfile>().Select(j => j.TitleTr).Distinct());
            var summary = string.Create(CultureInfo.InvariantCulture, $"{titles}; {string.Join(", ", past.NameSuffixes)} sektöründe {profile.ExperienceYears} yıl");
            yield return (worker, summary, past.Key);
        }
    }

    private IEnumerable<JobApplication> GenerateApplications(
        IReadOnlyList<(Vacancy Vacancy, JobProfile Job, string Sector)> vacancies, IReadOnlyList<Worker> workers, IReadOnlyDictionary<WorkerId, string> pastSectors)
    {
        if (workers.Count == 0)
        {
            yield break;
        }

        var random = new Random(seed + 3);
        var byOccupation = workers.SelectMany(w => w.OccupationCodes.Select(c => (Code: c, Worker: w)))
            .GroupBy(x => x.Code)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Worker).ToArray());
        foreach (var (vacancy, _, sector) in vacancies)
        {
            var pool = byOccupation.GetValueOrDefault(vacancy.IscoCode) ?? [];
            var applicants = new HashSet<Worker>();
            var wanted = random.Next(2, 25);
            for (var attempt = 0; attempt < wanted * 2 && applicants.Count < wanted; attempt++)
            {
                var fromPool = pool.Length > 0 && random.NextDouble() < 0.8;
                applicants.Add(fromPool ? pool[random.Next(pool.Length)] : workers[random.Next(workers.Count)]);
            }

            var openPositions = vacancy.Positions;
            foreach (var worker in applicants)
            {
                var submitted = vacancy.PostedAt.AddDays(random.NextDouble() * Math.Max(1, (now - vacancy.PostedAt).TotalDays));
                var application = JobApplication.Submit(vacancy.Id, worker.Id, submitted);
                Progress(random, application, HiringChance(worker, vacancy, pastSectors.GetValueOrDefault(worker.Id) == sector, random), submitted, canHire: openPositions > 0);
                if (application.Status == ApplicationStatus.Hired)
                {
                    openPositions--;
                }

                yield return application;
            }
        }
    }

    /// <summary>
    /// Moves an application along the path; at each step it carries on with the employer's hidden hiring chance.
    /// Where it stops it keeps the furthest stage reached (the graded outcome the ranker learns from); an
    /// application that was never shortlisted is eventually rejected or withdrawn. Nobody is hired once every
    /// position of the vacancy is filled.
    /// </summary>
    private void Progress(Random random, JobApplication application, double chance, DateTimeOffset submitted, bool canHire)
    {
        var path = new[] { ApplicationStatus.Shortlisted, ApplicationStatus.Interview, ApplicationStatus.Offered, ApplicationStatus.Hired };
        var at = submitted;
        foreach (var step in path)
        {
            if (step == ApplicationStatus.Hired && !canHire)
            {
                return; // every position is filled: the offer stays the furthest stage reached
            }

            if (random.NextDouble() > chance)
            {
                if (application.Status == ApplicationStatus.Submitted && at.AddDays(7) < now)
                {
                    application.MoveTo(random.NextDouble() < 0.1 ? ApplicationStatus.Withdrawn : ApplicationStatus.Rejected, Min(at.AddDays(random.Next(1, 8))));
                }

                return;
            }

            at = Min(at.AddDays(random.Next(1, 6)));
            application.MoveTo(step, at);
        }
    }

    /// <summary>
    /// How an employer in the simulation judges an applicant: occupation, essential skills (with a threshold),
    /// Turkish (weighing more in services), distance and willingness to move, experience (weighing more in crafts)
    /// and wage expectations, the breadth of the person's trade (how many of the skills ESCO lists for the occupation
    /// they have, beyond the few the vacancy names) and experience in the employer's own sector, plus noise. Never
    /// nationality or gender. The matching engine does not see this function; it has to learn it from the outcomes.
    /// </summary>
    private double HiringChance(Worker worker, Vacancy vacancy, bool sameSector, Random random)
    {
        var shared = worker.OccupationCodes.Max(code => SharedPrefix(code, vacancy.IscoCode));
        var u = shared switch { 4 => 1.4, 3 => 0.5, 2 => 0.0, _ => -1.0 };
        var essential = vacancy.EssentialSkillUris;
        var coverage = essential.Count == 0 ? 1.0 : essential.Count(worker.SkillUris.Contains) / (double)essential.Count;
        u += 2.0 * coverage + (coverage >= 0.6 ? 0.6 : 0);
        var required = vacancy.Languages.FirstOrDefault(l => l.LanguageCode == "tr")?.Minimum.Rank ?? 0;
        var spoken = worker.Languages.FirstOrDefault(l => l.LanguageCode == "tr")?.Level.Rank ?? 0;
        var gap = required - spoken;
        u += gap <= 0 ? 0.3 : -gap * (vacancy.IscoCode[0] is '4' or '5' ? 1.5 : 0.6);
        var km = worker.RegisteredProvinceCode == vacancy.ProvinceCode ? 0 : reference.Distances.GetValueOrDefault((worker.RegisteredProvinceCode, vacancy.ProvinceCode), 1500);
        u += km == 0 ? 0.7 : worker.WillingToRelocate ? -km / 700.0 : -1.8;
        u += Math.Min(worker.ExperienceYears, 12) * (vacancy.IscoCode[0] == '7' ? 0.12 : 0.04);
        u += worker.WageExpectation > vacancy.WageMax ? -1.2 : 0;
        var trade = SkillsFor(vacancy.IscoCode).Essential.Except(essential).ToList();
        var breadth = trade.Count == 0 ? 0.5 : trade.Count(worker.SkillUris.Contains) / (double)trade.Count;
        u += 1.6 * (breadth - 0.5);
        u += sameSector ? 0.5 : -0.3;
        u += (random.NextDouble() - 0.5) * 1.2;
        return 1 / (1 + Math.Exp(-(u - 1.8)));
    }

    private static int SharedPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    private DateTimeOffset Min(DateTimeOffset at) => at < now ? at : now;

    private (IReadOnlyList<string> Essential, IReadOnlyList<string> Optional) SkillsFor(string iscoCode) =>
        reference.Skills.TryGetValue(iscoCode, out var skills) ? skills : ([], []);

    private static IReadOnlyList<LanguageSkill> LanguagesFor(Random random, string firstLanguage)
    {
        var turkish = Pick(random, new[] { ("A1", 0.25), ("A2", 0.3), ("B1", 0.25), ("B2", 0.12), ("C1", 0.08) }, l => l.Item2).Item1;
        var languages = new List<LanguageSkill>
        {
            new(firstLanguage, CefrLevel.C2),
            new("tr", CefrLevel.Create(turkish).Value),
        };
        if (random.NextDouble() < 0.2)
        {
            languages.Add(new LanguageSkill("en", CefrLevel.All[random.Next(0, 4)]));
        }

        return languages.DistinctBy(l => l.LanguageCode).ToList();
    }

    private static string NameFor(Random random, string language, bool female)
    {
        var (given, family) = language switch
        {
            "ar" => (female ? DemoCatalog.ArabicFemaleNames : DemoCatalog.ArabicMaleNames, DemoCatalog.ArabicFamilyNames),
            "fa" => (female ? DemoCatalog.PersianFemaleNames : DemoCatalog.PersianMaleNames, DemoCatalog.PersianFamilyNames),
            _ => (female ? DemoCatalog.CentralAsianFemaleNames : DemoCatalog.CentralAsianMaleNames, DemoCatalog.CentralAsianFamilyNames),
        };
        return $"{given[random.Next(given.Length)]} {family[random.Next(family.Length)]}";
    }

    private static readonly (EducationLevel Level, double Weight)[] EducationWeights =
    [
        (EducationLevel.None, 0.08), (EducationLevel.Primary, 0.3), (EducationLevel.LowerSecondary, 0.25),
        (EducationLevel.UpperSecondary, 0.2), (EducationLevel.Vocational, 0.1), (EducationLevel.Bachelor, 0.07),
    ];

    /// <summary>Province names for descriptions; set by the caller when it has them.</summary>
    public IReadOnlyDictionary<int, string> ProvinceNames { get; init; } = new Dictionary<int, string>();

    private static Money RoundTo100(Money amount) => Money.FromKurus((amount.Kurus + 9_999) / 10_000 * 10_000);

    private static List<string> Sample(Random random, IReadOnlyList<string> items, int count) =>
        items.OrderBy(_ => random.Next()).Take(Math.Min(count, items.Count)).ToList();

    private static T Pick<T>(Random random, IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = items.Sum(weight);
        var roll = random.NextDouble() * total;
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll <= 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    private static TaxNumber RandomTaxNumber(Random random)
    {
        var nine = string.Concat(Enumerable.Range(0, 9).Select(_ => (char)('0' + random.Next(10))));
        return TaxNumber.Create(nine + TaxNumber.CheckDigit(nine).ToString(CultureInfo.InvariantCulture)).Value;
    }

    private static ForeignerIdentityNumber RandomForeignerNumber(Random random)
    {
        var nine = "99" + string.Concat(Enumerable.Range(0, 7).Select(_ => (char)('0' + random.Next(10))));
        var (tenth, eleventh) = IdentityNumberChecksum.Compute(nine);
        return ForeignerIdentityNumber.Create(string.Create(CultureInfo.InvariantCulture, $"{nine}{tenth}{eleventh}")).Value;
    }
}
