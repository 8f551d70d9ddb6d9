namespace LabourHub.Application.Vacancies.SearchVacancies;

/// <summary>The search engine as the vacancy search sees it; Infrastructure adapts the search contract to it.</summary>
public interface IVacancyIndex
{
    /// <exception cref="Common.SearchIndexUnavailableException">The engine cannot answer; the caller falls back.</exception>
    Task<VacancyIndexPage> SearchAsync(VacancySearchQuery query, string language, CancellationToken cancellationToken);
}

public sealed record VacancyIndexPage(
    long Total,
    IReadOnlyList<VacancyIndexHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<(string Value, long Count)>> Facets,
    string? Next);

public sealed record VacancyIndexHit(Guid Id, double? DistanceKm, IReadOnlyDictionary<string, string> Highlights);
