namespace LabourHub.Domain.Eligibility;

/// <summary>An ISCO-08 group (and everything under it) that is closed to foreigners or needs a ministry's pre-approval.</summary>
public sealed record OccupationRestriction(string IscoPrefix, RestrictionKind Kind, DateOnly ValidFrom, DateOnly? ValidTo, string Source)
{
    public bool AppliesOn(DateOnly day) => day >= ValidFrom && (ValidTo is null || day <= ValidTo);

    public bool Covers(string iscoCode) => iscoCode.StartsWith(IscoPrefix, StringComparison.Ordinal);
}
