using System.Globalization;
using LabourHub.Domain.Eligibility;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;
using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Cli.DataSet;

/// <summary>
/// A data set in the documented file format (docs/matching.md): workers, vacancies, employers and outcomes as CSV.
/// Workers become <see cref="CandidateProfile"/>s (no protected attributes); nationality and gender are kept apart,
/// for the fairness audit only.
/// </summary>
internal sealed class MatchingDataSet
{
    private static readonly string[] Cefr = ["", "A1", "A2", "B1", "B2", "C1", "C2"];

    public required IReadOnlyList<WorkerRecord> Workers { get; init; }
    public required IReadOnlyList<VacancyRecord> Vacancies { get; init; }
    public required IReadOnlyDictionary<string, EmployerRecord> Employers { get; init; }

    /// <summary>(vacancy id, worker id) → graded label 0-4.</summary>
    public required IReadOnlyDictionary<(string Vacancy, string Worker), int> Outcomes { get; init; }

    public static MatchingDataSet Load(string folder)
    {
        var workers = CsvFile.Read(Path.Combine(folder, "workers.csv")).Select(ToWorker).ToList();
        var vacancies = CsvFile.Read(Path.Combine(folder, "vacancies.csv")).Select(ToVacancy).ToList();
        var employers = CsvFile.Read(Path.Combine(folder, "employers.csv")).Select(r => new EmployerRecord(
            r["employer_id"], Int(r["turkish_headcount"]), Int(r["foreign_headcount"]))).ToDictionary(e => e.Id);
        var outcomes = new Dictionary<(string, string), int>();
        var outcomesPath = Path.Combine(folder, "outcomes.csv");
        if (File.Exists(outcomesPath))
        {
            foreach (var r in CsvFile.Read(outcomesPath))
            {
                outcomes[(r["vacancy_id"], r["worker_id"])] = Label(r["status"]);
            }
        }

        return new MatchingDataSet { Workers = workers, Vacancies = vacancies, Employers = employers, Outcomes = outcomes };
    }

    /// <summary>The furthest stage an application reached: 0 none, 1 shortlisted, 2 interviewed, 3 offered, 4 hired.</summary>
    public static int Label(string status) => status switch
    {
        "Hired" => 4,
        "Offered" => 3,
        "Interview" => 2,
        "Shortlisted" => 1,
        _ => 0,
    };

    /// <summary>The domain's eligibility decision for this worker and vacancy on the vacancy's start day.</summary>
    public EligibilityDecision Eligibility(EligibilityRules rules, WorkerRecord worker, VacancyRecord vacancy, Money minimumWage)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var employer = Employers.GetValueOrDefault(vacancy.EmployerId) ?? new EmployerRecord(vacancy.EmployerId, 0, 0);
        return rules.Decide(new EligibilityCase
        {
            ProtectionStatus = worker.Status,
            ProtectionRegisteredOn = worker.RegisteredOn,
            RegisteredProvinceCode = worker.Profile.ProvinceCode,
            VacancyIscoCode = vacancy.Profile.IscoCode,
            VacancyProvinceCode = vacancy.Profile.ProvinceCode,
            SeasonalAgriculture = vacancy.Seasonal,
            WageMin = Money.FromKurus(vacancy.Profile.WageMinKurus),
            MinimumWage = minimumWage,
            EmployerTurkishHeadcount = employer.TurkishHeadcount,
            EmployerTemporaryProtectionWorkers = employer.ForeignHeadcount,
            OnDate = vacancy.Profile.StartsOn,
        });
    }

    private static WorkerRecord ToWorker(IReadOnlyDictionary<string, string> r)
    {
        var registered = r["protection_registered_on"];
        var languages = Split(r["languages"])
            .Select(pair => pair.Split(':'))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => Math.Max(0, Array.IndexOf(Cefr, p[1])));
        var profile = new CandidateProfile
        {
            Id = r["worker_id"],
            IscoCodes = Split(r["isco_codes"]),
            Skills = Split(r["skills"]).ToHashSet(StringComparer.Ordinal),
            Languages = languages,
            ProvinceCode = Int(r["province"]),
            WillingToRelocate = bool.Parse(r["willing_to_relocate"]),
            ExperienceYears = Int(r["experience_years"]),
            EducationRank = (int)Enum.Parse<EducationLevel>(r["education"]),
            WageExpectationKurus = long.Parse(r["wage_expectation_kurus"], CultureInfo.InvariantCulture),
            AvailableFrom = DateOnly.ParseExact(r["available_from"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            UpdatedAt = r.TryGetValue("updated_at", out var updated) && updated.Length > 0
                ? DateTimeOffset.Parse(updated, CultureInfo.InvariantCulture)
                : DateTimeOffset.UnixEpoch,
            Text = r.GetValueOrDefault("text"),
        };
        return new WorkerRecord(
            profile,
            Enum.Parse<ProtectionStatus>(r["protection_status"]),
            registered.Length == 0 ? null : DateOnly.ParseExact(registered, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.GetValueOrDefault("nationality", "unknown"),
            r.GetValueOrDefault("gender", "unknown"));
    }

    private static VacancyRecord ToVacancy(IReadOnlyDictionary<string, string> r)
    {
        var posted = DateTimeOffset.Parse(r["posted_at"], CultureInfo.InvariantCulture);
        var profile = new JobProfile
        {
            Id = r["vacancy_id"],
            IscoCode = r["isco"],
            EssentialSkills = Split(r["essential_skills"]),
            OptionalSkills = Split(r["optional_skills"]),
            Languages = Split(r["languages"]).Select(p => p.Split(':')).Where(p => p.Length == 2).ToDictionary(p => p[0], p => Math.Max(0, Array.IndexOf(Cefr, p[1]))),
            ProvinceCode = Int(r["province"]),
            WageMinKurus = long.Parse(r["wage_min_kurus"], CultureInfo.InvariantCulture),
            WageMaxKurus = long.Parse(r["wage_max_kurus"], CultureInfo.InvariantCulture),
            StartsOn = DateOnly.FromDateTime(posted.UtcDateTime),
            Text = r.GetValueOrDefault("text"),
        };
        return new VacancyRecord(profile, r["employer_id"], bool.Parse(r["seasonal"]), r.GetValueOrDefault("status", "Open"));
    }

    private static string[] Split(string value) => value.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
