using LabourHub.Application.Vacancies;
using LabourHub.Application.Vacancies.SearchVacancies;

namespace LabourHub.Web.Api;

/// <summary>
/// The vacancy search page: { items, total, page, pageSize, facets: { province: [{ value, label, count }] }, next,
/// source }. source is "index" normally and "database" when the search engine was unavailable.
/// </summary>
public sealed record VacancySearchResponse(
    IReadOnlyList<VacancySearchResponse.Item> Items,
    long Total,
    int Page,
    int PageSize,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? Next,
    string Source)
{
    public static VacancySearchResponse From(VacancySearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new VacancySearchResponse(
            result.Items.Select(i => new Item(i.Vacancy, i.DistanceKm, i.Highlights)).ToList(),
            result.Total,
            result.Page,
            result.PageSize,
            result.Facets,
            result.Next,
            result.FromIndex ? "index" : "database");
    }

    /// <summary>A vacancy with its distance from the searched point and highlighted fragments (HTML-escaped, matches in &lt;mark&gt;).</summary>
    public sealed record Item(
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
        DateTimeOffset PostedAt,
        double? DistanceKm,
        IReadOnlyDictionary<string, string> Highlights)
    {
        public Item(VacancySummary v, double? distanceKm, IReadOnlyDictionary<string, string> highlights)
            : this(v.Id, v.Title, v.EmployerName, v.ProvinceCode, v.ProvinceName, v.District, v.IscoCode, v.OccupationTitle, v.WageMin, v.WageMax, v.Positions, v.Shift, v.PostedAt, distanceKm, highlights)
        {
        }
    }
}
