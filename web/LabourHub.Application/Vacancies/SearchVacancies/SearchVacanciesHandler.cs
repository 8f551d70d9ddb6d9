using System.Globalization;
using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LabourHub.Application.Vacancies.SearchVacancies;

/// <summary>
/// The vacancy search behind /vacancies and GET /api/v1/vacancies: the search index answers (ranked, typo tolerant,
/// with facets and highlights); when it cannot, the database answers with the same filters and the result says so.
/// The page itself is read from the database, so a vacancy closed since it was indexed is never shown.
/// </summary>
public sealed partial class SearchVacanciesHandler(
    IVacancyIndex index,
    DatabaseVacancySearch database,
    ILabourHubDbContext db,
    IReferenceCatalogue catalogue,
    ILogger<SearchVacanciesHandler> logger)
{
    public async Task<VacancySearchResult> HandleAsync(VacancySearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Paging.IsValid(query.Page, query.PageSize))
        {
            throw new ArgumentOutOfRangeException(nameof(query), "Page or page size out of range; validate before calling.");
        }

        var language = CultureLanguage.Current;
        VacancyIndexPage found;
        var fromIndex = true;
        try
        {
            found = await index.SearchAsync(query, language, cancellationToken);
        }
        catch (SearchIndexUnavailableException e)
        {
            LogFallback(logger, e.Message);
            fromIndex = false;
            found = await database.SearchAsync(query with { After = null, Page = query.After is null ? query.Page : 1 }, cancellationToken);
        }

        var items = await HydrateAsync(found.Hits, language, cancellationToken);
        var facets = found.Facets.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<FacetValue>)pair.Value.Select(v => new FacetValue(v.Value, Label(pair.Key, v.Value, language), v.Count)).ToList(),
            StringComparer.Ordinal);
        return new VacancySearchResult(items, found.Total, query.Page, query.PageSize, facets, found.Next, fromIndex);
    }

    private async Task<List<VacancySearchItem>> HydrateAsync(IReadOnlyList<VacancyIndexHit> hits, string language, CancellationToken cancellationToken)
    {
        var ids = hits.Select(h => new Domain.Identifiers.VacancyId(h.Id)).ToList();
        // Only the columns a result line shows: not the description, the search text or the owned collections.
        var rows = await (from v in db.Vacancies.AsNoTracking()
                          join e in db.Employers.AsNoTracking() on v.EmployerId equals e.Id
                          where ids.Contains(v.Id) && v.Status == VacancyStatus.Open
                          select new VacancySummaryColumns(v.Id, v.Title, e.Name, v.ProvinceCode, v.District, v.IscoCode, v.WageMin, v.WageMax, v.Positions, v.Shift, v.PostedAt))
                         .ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Id.Value);
        return hits
            .Where(h => byId.ContainsKey(h.Id))
            .Select(h => new VacancySearchItem(VacancyMapping.ToSummary(byId[h.Id], catalogue, language), h.DistanceKm, h.Highlights))
            .ToList();
    }

    private string Label(string facet, string value, string language) => facet switch
    {
        VacancyFacets.Province when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) => catalogue.ProvinceName(code),
        VacancyFacets.Sector => catalogue.NaceSections.FirstOrDefault(s => s.Code == value)?.Title(language) ?? value,
        VacancyFacets.Isco => catalogue.OccupationTitle(value, language),
        _ => value,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vacancy search answered from the database: the search index is unavailable ({Reason})")]
    private static partial void LogFallback(ILogger logger, string reason);
}
