using LabourHub.Application.Vacancies.SearchVacancies;
using LabourHub.Domain.Reference;

namespace LabourHub.Web.Models;

public sealed record VacancyListViewModel(
    VacancyFilter Filter,
    VacancySearchResult Result,
    IReadOnlyList<Province> Provinces,
    IReadOnlyList<NaceActivity> Sectors,
    string Language);
