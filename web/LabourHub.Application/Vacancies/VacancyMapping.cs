using LabourHub.Application.Reference;
using LabourHub.Domain.Vacancies;

namespace LabourHub.Application.Vacancies;

internal static class VacancyMapping
{
    public static VacancySummary ToSummary(Vacancy v, string employerName, IReferenceCatalogue catalogue, string language) => new(
        v.Id.Value,
        v.Title,
        employerName,
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
