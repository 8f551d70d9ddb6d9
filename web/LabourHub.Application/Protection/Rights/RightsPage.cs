namespace LabourHub.Application.Protection.Rights;

/// <summary>What the rights page shows: the minimum wage in force today and every other fact, each dated and sourced.</summary>
public sealed record RightsPage(RightsFact? MinimumWageNet, decimal? MinimumWageGross, IReadOnlyDictionary<string, RightsFact> Facts)
{
    public RightsFact? this[string key] => Facts.TryGetValue(key, out var fact) ? fact : null;
}
