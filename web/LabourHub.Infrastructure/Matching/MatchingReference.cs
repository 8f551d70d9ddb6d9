using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;
using LabourHub.Infrastructure.ReferenceData;
using LabourHub.Matching.Features;
using LabourHub.Matching.Inputs;

namespace LabourHub.Infrastructure.Matching;

/// <summary>
/// What every ranking in the product shares: the dated eligibility rules, the road-distance table, ESCO's
/// occupation–skill relations by ISCO-08 unit group and the Turkish occupation titles (read once from the reference
/// files).
/// </summary>
internal static class MatchingReference
{
    private static readonly Lazy<EligibilityRules> Rules = new(() => new EligibilityRules(ReferenceDataReader.EligibilityRules()));

    private static readonly Lazy<DistanceTable> DistanceTable = new(() =>
        new DistanceTable(ReferenceDataReader.ProvinceDistances().Select(d => (d.FromProvinceCode, d.ToProvinceCode, d.Kilometres))));

    private static readonly Lazy<OccupationSkills> Relations = new(EscoOccupationSkills.FromReferenceFiles);

    private static readonly Lazy<FeatureExtractor> SharedExtractor = new(() => new FeatureExtractor(DistanceTable.Value, Relations.Value));

    private static readonly Lazy<Dictionary<string, string>> TurkishTitles = new(() =>
        ReferenceDataReader.IscoGroups().ToDictionary(g => g.Code, g => g.TitleTr, StringComparer.Ordinal));

    public static IDistanceTable Distances => DistanceTable.Value;

    public static IOccupationSkills OccupationSkills => Relations.Value;

    /// <summary>The feature extractor with the distances and ESCO relations (stateless, shared).</summary>
    public static FeatureExtractor Extractor => SharedExtractor.Value;

    /// <summary>A worker's occupations in Turkish words (the words Turkish vacancies are written in), for text relevance.</summary>
    public static string OccupationText(IEnumerable<string> iscoCodes) =>
        string.Join(", ", iscoCodes.Select(c => TurkishTitles.Value.GetValueOrDefault(c)).OfType<string>());

    public static EligibilityRules EligibilityRules => Rules.Value;

    /// <summary>May this worker take this vacancy today, under the rules in force?</summary>
    public static EligibilityDecision Decide(Worker worker, Vacancy vacancy, int employerTurkish, int employerForeign, Money? minimumWage, DateOnly today) =>
        Rules.Value.Decide(new EligibilityCase
        {
            ProtectionStatus = worker.ProtectionStatus,
            ProtectionRegisteredOn = worker.ProtectionRegisteredOn,
            RegisteredProvinceCode = worker.RegisteredProvinceCode,
            VacancyIscoCode = vacancy.IscoCode,
            VacancyProvinceCode = vacancy.ProvinceCode,
            SeasonalAgriculture = vacancy.SeasonalAgriculture,
            WageMin = vacancy.WageMin,
            MinimumWage = minimumWage,
            EmployerTurkishHeadcount = employerTurkish,
            EmployerTemporaryProtectionWorkers = employerForeign,
            OnDate = today,
        });
}
