using LabourHub.Domain.Reference;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Infrastructure.DemoData;

/// <summary>What the generator needs from the reference data: ESCO skills per ISCO unit group, and the minimum wage.</summary>
/// <param name="Skills">ISCO unit group → (essential, optional) ESCO skill URIs of its first ESCO occupations.</param>
/// <param name="MinimumWage">The row of the minimum-wage table in force on the demo's "today".</param>
/// <param name="IscoCatalog">The ISCO-08 codes that exist.</param>
/// <param name="Distances">Road kilometres between provinces, (from, to) → km.</param>
public sealed record DemoReference(
    IReadOnlyDictionary<string, (IReadOnlyList<string> Essential, IReadOnlyList<string> Optional)> Skills,
    MinimumWage MinimumWage,
    IIscoCodeCatalog IscoCatalog,
    IReadOnlyDictionary<(int From, int To), int> Distances);
