namespace LabourHub.Application.Privacy.ExportMyData;

public sealed record WorkerExport(
    Guid Id,
    string DisplayName,
    string? Phone,
    string? ForeignerIdentityNumber,
    string Nationality,
    string Gender,
    int? BirthYear,
    string ProtectionStatus,
    DateOnly? ProtectionRegisteredOn,
    int RegisteredProvince,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Occupations,
    IReadOnlyList<string> Skills,
    int ExperienceYears,
    string Education,
    decimal WageExpectationLira,
    DateOnly AvailableFrom,
    bool WillingToRelocate,
    bool Discoverable,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt);
