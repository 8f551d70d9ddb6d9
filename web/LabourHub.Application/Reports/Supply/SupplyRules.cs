using LabourHub.Domain.Assessments;
using LabourHub.Domain.Eligibility;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;

namespace LabourHub.Application.Reports.Supply;

/// <summary>
/// Who counts as supply for a need line: a registered worker with an occupation under the line's ISCO code, in the
/// assessment's province or willing to move there, available by the end of the period and not in registered
/// employment already, and legally eligible for such a job in that province now under the domain's
/// <see cref="EligibilityRules"/> (province rule, waiting period, closed professions, minimum wage). The workplace
/// quota is an employer's rule and does not apply to a province-wide need.
/// </summary>
public sealed class SupplyRules(EligibilityRules eligibility)
{
    /// <summary>A headcount that makes the workplace quota irrelevant: a need line has no single employer.</summary>
    private const int NoWorkplaceQuota = 1_000_000;

    /// <summary>A test for one line: built once, then asked about each worker (eligibility is cached per kind of case).</summary>
    public Func<WorkerSupplyFacts, bool> For(LabourNeedsAssessment assessment, NeedLine line, Money? minimumWage, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(line);
        var onDate = today > assessment.PeriodStart ? today : assessment.PeriodStart;
        var wage = line.WageMin == Money.Zero && minimumWage is { } m ? m : line.WageMin;
        var decided = new Dictionary<(ProtectionStatus, DateOnly?, int), bool>();
        return worker =>
        {
            if (!worker.OccupationCodes.Any(c => c.StartsWith(line.IscoCode, StringComparison.Ordinal))
                || (worker.ProvinceCode != assessment.ProvinceCode && !worker.WillingToRelocate)
                || worker.AvailableFrom > assessment.PeriodEnd
                || worker.Employed)
            {
                return false;
            }

            var key = (worker.ProtectionStatus, worker.ProtectionRegisteredOn, worker.ProvinceCode);
            if (!decided.TryGetValue(key, out var eligible))
            {
                eligible = eligibility.Decide(new EligibilityCase
                {
                    ProtectionStatus = worker.ProtectionStatus,
                    ProtectionRegisteredOn = worker.ProtectionRegisteredOn,
                    RegisteredProvinceCode = worker.ProvinceCode,
                    VacancyIscoCode = line.IscoCode,
                    VacancyProvinceCode = assessment.ProvinceCode,
                    SeasonalAgriculture = assessment.NaceSection == "A",
                    WageMin = wage,
                    MinimumWage = minimumWage,
                    EmployerTurkishHeadcount = NoWorkplaceQuota,
                    EmployerTemporaryProtectionWorkers = 0,
                    OnDate = onDate,
                }).IsEligibleNow;
                decided[key] = eligible;
            }

            return eligible;
        };
    }
}
