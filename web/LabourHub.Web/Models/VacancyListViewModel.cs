using LabourHub.Application.Common;
using LabourHub.Application.Vacancies;
using LabourHub.Domain.Reference;

namespace LabourHub.Web.Models;

public sealed record VacancyListViewModel(
    VacancyFilter Filter,
    PagedResult<VacancySummary> Result,
    IReadOnlyList<Province> Provinces,
    IReadOnlyList<NaceActivity> Sectors,
    string Language);
