namespace LabourHub.Domain.Eligibility;

/// <summary>One number of the law with the dates it is in force and where it comes from (editable data, never code).</summary>
public sealed record RuleValue(string Key, decimal Value, DateOnly ValidFrom, DateOnly? ValidTo, string Source)
{
    public bool AppliesOn(DateOnly day) => day >= ValidFrom && (ValidTo is null || day <= ValidTo);
}
