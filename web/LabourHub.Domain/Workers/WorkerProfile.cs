using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Workers;

/// <summary>What a worker tells LabourHub about themself; validated by <see cref="Worker.Register"/>.</summary>
public sealed record WorkerProfile
{
    public required string DisplayName { get; init; }
    public PhoneNumber? Phone { get; init; }
    public ForeignerIdentityNumber? ForeignerIdentityNumber { get; init; }
    public required string NationalityCode { get; init; }
    public Gender Gender { get; init; }
    public int? BirthYear { get; init; }
    public required ProtectionStatus ProtectionStatus { get; init; }
    public DateOnly? ProtectionRegisteredOn { get; init; }
    public required int RegisteredProvinceCode { get; init; }
    public IReadOnlyList<LanguageSkill> Languages { get; init; } = [];
    public IReadOnlyList<IscoCode> Occupations { get; init; } = [];
    public IReadOnlyList<string> SkillUris { get; init; } = [];
    public int ExperienceYears { get; init; }
    public EducationLevel Education { get; init; }
    public Money WageExpectation { get; init; }
    public required DateOnly AvailableFrom { get; init; }
    public bool WillingToRelocate { get; init; }
    public bool Discoverable { get; init; }
}
