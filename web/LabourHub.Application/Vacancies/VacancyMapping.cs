using LabourHub.Application.Reference;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Vacancies;

namespace LabourHub.Application.Vacancies;

/// <summary>The columns a vacancy's summary line needs, so that lists can read only these from the database.</summary>
internal sealed record VacancySummaryColumns(
    VacancyId Id, string Title, string EmployerName, int ProvinceCode, string? District, string IscoCode,
    Money WageMin, Money WageMax, int Positions, Shift Shift, DateTimeOffset PostedAt);

internal static class VacancyMapping
{
    public static VacancySummary ToSummary(Vacancy v, string employerName, IReferenceCatalogue catalogue, string language) =>
        ToSummary(new VacancySummaryColumns(v.Id, v.Title, employerName, v.ProvinceCode, v.District, v.IscoCode, v.WageMin, v.WageMax, v.Positions, v.Shift, v.PostedAt), catalogue, language);

    public static VacancySummary ToSummary(VacancySummaryColumns v, IReferenceCatalogue catalogue, string language) => new(
        v.Id.Value,
        v.Title,
        v.EmployerName,
        v.ProvinceCode,
        catalogue.ProvinceName(v.ProvinceCode),
        v.District,
        v.IscoCode,
        catalogue.OccupationTitle(v.IscoCode, language),
        v.WageMin.Lira,
        v.WageMax.Lira,
        v.Positions,
        v.Shift.ToString(),
        v.PostedAt);
}
