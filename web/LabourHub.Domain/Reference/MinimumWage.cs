using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Reference;

/// <summary>Türkiye's monthly minimum wage for a period, as set by decree (dated reference data, never a literal).</summary>
public sealed class MinimumWage
{
    public required DateOnly ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public required Money GrossMonthly { get; init; }
    public required Money NetMonthly { get; init; }
    public required string Source { get; init; }

    public bool AppliesOn(DateOnly day) => day >= ValidFrom && (ValidTo is null || day <= ValidTo);

    /// <summary>The wage in force on <paramref name="day"/>, or null when the table has no row for it.</summary>
    public static MinimumWage? InForce(IEnumerable<MinimumWage> table, DateOnly day) =>
        table.Where(w => w.AppliesOn(day)).MaxBy(w => w.ValidFrom);
}
