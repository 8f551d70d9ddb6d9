using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Workers;

namespace LabourHub.Application.Reports.Supply;

/// <summary>The few facts about one registered worker that decide whether they count as supply for a need line.</summary>
public sealed record WorkerSupplyFacts(
    WorkerId Id,
    ProtectionStatus ProtectionStatus,
    DateOnly? ProtectionRegisteredOn,
    int ProvinceCode,
    IReadOnlyList<string> OccupationCodes,
    DateOnly AvailableFrom,
    bool WillingToRelocate,
    bool Employed);
