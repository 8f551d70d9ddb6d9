using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;

namespace LabourHub.Domain.Eligibility;

/// <summary>The facts the rules look at for one person and one job on one day.</summary>
public sealed record EligibilityCase
{
    public required ProtectionStatus ProtectionStatus { get; init; }
    public DateOnly? ProtectionRegisteredOn { get; init; }
    public required int RegisteredProvinceCode { get; init; }
    public required string VacancyIscoCode { get; init; }
    public required int VacancyProvinceCode { get; init; }
    public bool SeasonalAgriculture { get; init; }
    public required Money WageMin { get; init; }

    /// <summary>The net minimum wage in force on the day; null when the table has no row (then nobody is eligible).</summary>
    public required Money? MinimumWage { get; init; }

    public required int EmployerTurkishHeadcount { get; init; }

    /// <summary>Workers under temporary protection the employer already employs (headcount and active placements).</summary>
    public required int EmployerTemporaryProtectionWorkers { get; init; }

    public required DateOnly OnDate { get; init; }
}
