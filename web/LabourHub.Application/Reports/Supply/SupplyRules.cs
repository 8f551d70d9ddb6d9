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

    /// <summary>
    /// A test for one line, built once and then asked about each worker. The rules' answer depends on a worker only
    /// through their status, whether they are in the line's province, and whether their waiting period is over on the
    /// day, so it is decided once per such kind of worker and cached (a million workers need a few dozen decisions).
    /// </summary>
    public Func<WorkerSupplyFacts, bool> For(LabourNeedsAssessment assessment, NeedLine line, Money? minimumWage, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(line);
        var onDate = today > assessment.PeriodStart ? today : assessment.PeriodStart;
        var wage = line.WageMin == Money.Zero && minimumWage is { } m ? m : line.WageMin;
        var code = line.IscoCode;
        var waitOver = new Dictionary<DateOnly, bool>();
        var decided = new Dictionary<(ProtectionStatus, bool SameProvince, bool WaitOver, bool HasDate), bool>();
        return worker =>
        {
            if (!HasOccupation(worker.OccupationCodes, code)
                || (worker.ProvinceCode != assessment.ProvinceCode && !worker.WillingToRelocate)
                || worker.AvailableFrom > assessment.PeriodEnd
                || worker.Employed)
            {
                return false;
            }

            var over = false;
            if (worker.ProtectionRegisteredOn is { } registered && !waitOver.TryGetValue(registered, out over))
            {
                over = eligibility.WaitingPeriodOver(registered, onDate);
                waitOver[registered] = over;
            }

            var key = (worker.ProtectionStatus, worker.ProvinceCode == assessment.ProvinceCode, over, worker.ProtectionRegisteredOn is not null);
            if (!decided.TryGetValue(key, out var eligible))
            {
                eligible = eligibility.Decide(new EligibilityCase
                {
                    ProtectionStatus = worker.ProtectionStatus,
                    ProtectionRegisteredOn = worker.ProtectionRegisteredOn,
                    RegisteredProvinceCode = worker.ProvinceCode,
                    VacancyIscoCode = code,
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

    private static bool HasOccupation(IReadOnlyList<string> codes, string prefix)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i].StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
