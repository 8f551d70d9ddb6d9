using LabourHub.Domain.Workers;

namespace LabourHub.Domain.Eligibility;

/// <summary>
/// Decides whether a person may legally take a job in Türkiye, citing the rule (TURKIYE_RULES.md §3-10). Rules
/// that can never be met for this job block it; a waiting period makes the person eligible later, with the date.
/// Every number comes from the dated <see cref="EligibilityRuleSet"/>.
/// </summary>
public sealed class EligibilityRules(EligibilityRuleSet rules)
{
    /// <summary>Whether the wait after protection registration is over on the day (the "permit ready" filter and badge).</summary>
    public bool WaitingPeriodOver(DateOnly? registeredOn, DateOnly day) =>
        registeredOn is { } registered && registered.AddMonths((int)rules.On(EligibilityRuleSet.WaitMonths, day).Value) <= day;

    public EligibilityDecision Decide(EligibilityCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var blocking = new List<RuleCitation>();
        var conditions = new List<RuleCitation>();
        DateOnly? eligibleFrom = null;

        if (c.MinimumWage is null)
        {
            blocking.Add(new RuleCitation("eligibility.minimum_wage_unknown", "Minimum wage table"));
        }
        else if (c.WageMin < c.MinimumWage.Value)
        {
            blocking.Add(new RuleCitation("eligibility.below_minimum_wage", "Labour Law 4857 Art. 39; TURKIYE_RULES.md §9"));
        }

        foreach (var restriction in rules.RestrictionsFor(c.VacancyIscoCode, c.OnDate))
        {
            if (restriction.Kind == RestrictionKind.Closed)
            {
                blocking.Add(new RuleCitation("eligibility.closed_profession", restriction.Source));
            }
            else if (!c.SeasonalAgriculture)
            {
                conditions.Add(new RuleCitation(
                    restriction.Kind == RestrictionKind.HealthPreApproval ? "eligibility.health_pre_approval" : "eligibility.education_pre_approval",
                    restriction.Source));
            }
        }

        if (IsProtection(c.ProtectionStatus))
        {
            ApplyProtectionRules(c, blocking, conditions, ref eligibleFrom);
        }

        var status = blocking.Count > 0 ? EligibilityStatus.NotEligible
            : eligibleFrom is { } from && from > c.OnDate ? EligibilityStatus.EligibleLater
            : EligibilityStatus.EligibleNow;
        return new EligibilityDecision(status, status == EligibilityStatus.EligibleLater ? eligibleFrom : null, blocking, conditions);
    }

    /// <summary>Temporary protection, international-protection applicants and conditional refugees (§3, §5-7).</summary>
    private void ApplyProtectionRules(EligibilityCase c, List<RuleCitation> blocking, List<RuleCitation> conditions, ref DateOnly? eligibleFrom)
    {
        if (c.RegisteredProvinceCode != c.VacancyProvinceCode)
        {
            blocking.Add(new RuleCitation("eligibility.province", "Regulation 2016/8375; TURKIYE_RULES.md §5"));
        }

        if (c.SeasonalAgriculture && c.ProtectionStatus == ProtectionStatus.TemporaryProtection)
        {
            // Seasonal agriculture and livestock: an exemption from the governorate instead of a permit (§7).
            conditions.Add(new RuleCitation("eligibility.seasonal_exemption", "Regulation 2016/8375 Art. 5(4); TURKIYE_RULES.md §7"));
            return;
        }

        var wait = rules.On(EligibilityRuleSet.WaitMonths, c.OnDate);
        if (c.ProtectionRegisteredOn is not { } registered)
        {
            blocking.Add(new RuleCitation("eligibility.registration_date_missing", wait.Source));
        }
        else
        {
            var from = registered.AddMonths((int)wait.Value);
            if (from > c.OnDate)
            {
                eligibleFrom = from;
                conditions.Add(new RuleCitation("eligibility.waiting_period", wait.Source));
            }
        }

        if (c.ProtectionStatus == ProtectionStatus.TemporaryProtection)
        {
            var allowed = QuotaFor(c.EmployerTurkishHeadcount, c.OnDate, out var source);
            if (c.EmployerTemporaryProtectionWorkers >= allowed)
            {
                blocking.Add(new RuleCitation("eligibility.quota", source));
            }
        }
    }

    /// <summary>
    /// Workers under temporary protection a workplace may employ: 10% of its Turkish employees, rounded down, or
    /// one when it has fewer than 10 Turkish employees (Regulation Art. 8, §6).
    /// </summary>
    public int QuotaFor(int turkishEmployees, DateOnly day, out string source)
    {
        var percent = rules.On(EligibilityRuleSet.QuotaPercent, day);
        var threshold = rules.On(EligibilityRuleSet.SmallWorkplaceThreshold, day);
        var allowance = rules.On(EligibilityRuleSet.SmallWorkplaceAllowance, day);
        source = percent.Source;
        var byShare = (int)Math.Floor(turkishEmployees * percent.Value / 100m);
        return turkishEmployees < threshold.Value ? Math.Max((int)allowance.Value, byShare) : Math.Max(byShare, (int)allowance.Value);
    }

    private static bool IsProtection(ProtectionStatus status) =>
        status is ProtectionStatus.TemporaryProtection or ProtectionStatus.InternationalProtectionApplicant or ProtectionStatus.ConditionalRefugee;
}
