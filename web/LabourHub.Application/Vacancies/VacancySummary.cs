namespace LabourHub.Application.Vacancies;

/// <summary>A vacancy as lists show it; wages are net monthly TRY.</summary>
public sealed record VacancySummary(
    Guid Id,
    string Title,
    string EmployerName,
    int ProvinceCode,
    string ProvinceName,
    string? District,
    string IscoCode,
    string OccupationTitle,
    decimal WageMin,
    decimal WageMax,
    int Positions,
    string Shift,
    DateTimeOffset PostedAt);
