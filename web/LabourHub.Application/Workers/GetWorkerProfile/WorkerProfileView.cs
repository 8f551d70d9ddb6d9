namespace LabourHub.Application.Workers.GetWorkerProfile;

/// <summary>A worker's profile cut to the caller's access level: fields the caller may not see are null.</summary>
public sealed record WorkerProfileView(
    Guid Id,
    string Access,
    IReadOnlyList<string> Occupations,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Languages,
    int ExperienceYears,
    int RegisteredProvince,
    DateOnly AvailableFrom,
    bool WillingToRelocate,
    string? DisplayName,
    string? Phone,
    string? ProtectionStatus,
    DateOnly? ProtectionRegisteredOn,
    string? Nationality,
    string? ForeignerIdentityNumberMasked);
