namespace LabourHub.Domain.Eligibility;

/// <summary>
/// The dated rule table (TURKIYE_RULES.md): numbers and occupation restrictions with validity dates and sources.
/// <see cref="On"/> gives the values in force on a day; a missing value is a broken table, not a guess.
/// </summary>
public sealed class EligibilityRuleSet(IReadOnlyList<RuleValue> values, IReadOnlyList<OccupationRestriction> restrictions)
{
    public const string WaitMonths = "protection.permit_wait_months";
    public const string QuotaPercent = "tp.quota_percent_of_turkish_employees";
    public const string SmallWorkplaceThreshold = "tp.small_workplace_turkish_employees_below";
    public const string SmallWorkplaceAllowance = "tp.small_workplace_allowance";

    public IReadOnlyList<RuleValue> Values { get; } = values;

    public IReadOnlyList<OccupationRestriction> Restrictions { get; } = restrictions;

    public RuleValue On(string key, DateOnly day) =>
        Values.Where(v => v.Key == key && v.AppliesOn(day)).MaxBy(v => v.ValidFrom)
        ?? throw new InvalidOperationException($"The eligibility rule table has no value for '{key}' on {day:yyyy-MM-dd}.");

    public IEnumerable<OccupationRestriction> RestrictionsFor(string iscoCode, DateOnly day) =>
        Restrictions.Where(r => r.AppliesOn(day) && r.Covers(iscoCode));
}
