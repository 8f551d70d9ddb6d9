using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;
using LabourHub.Infrastructure.ReferenceData;
using LabourHub.Matching.Inputs;

namespace LabourHub.Infrastructure.Matching;

/// <summary>What every ranking in the product shares: the dated eligibility rules and the road-distance table.</summary>
internal static class MatchingReference
{
    private static readonly Lazy<EligibilityRules> Rules = new(() => new EligibilityRules(ReferenceDataReader.EligibilityRules()));

    private static readonly Lazy<DistanceTable> DistanceTable = new(() =>
        new DistanceTable(ReferenceDataReader.ProvinceDistances().Select(d => (d.FromProvinceCode, d.ToProvinceCode, d.Kilometres))));

    public static IDistanceTable Distances => DistanceTable.Value;

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
