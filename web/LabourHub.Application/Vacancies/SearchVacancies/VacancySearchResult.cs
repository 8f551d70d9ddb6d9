namespace LabourHub.Application.Vacancies.SearchVacancies;

/// <summary>
/// One page of vacancies with counts. <see cref="FromIndex"/> is false when the search engine could not answer and
/// the database listed the vacancies instead (no relevance ranking, no typo tolerance, no highlights).
/// </summary>
public sealed record VacancySearchResult(
    IReadOnlyList<VacancySearchItem> Items,
    long Total,
    int Page,
    int PageSize,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? Next,
    bool FromIndex)
{
    public int PageCount => Total == 0 ? 1 : (int)Math.Min(int.MaxValue, ((Total - 1) / PageSize) + 1);
}

/// <summary>A vacancy on the page, its distance from the searched point and the highlighted words that matched.</summary>
public sealed record VacancySearchItem(VacancySummary Vacancy, double? DistanceKm, IReadOnlyDictionary<string, string> Highlights);

/// <summary>A facet value with its label in the reader's language and how many matching vacancies have it.</summary>
public sealed record FacetValue(string Value, string Label, long Count);
