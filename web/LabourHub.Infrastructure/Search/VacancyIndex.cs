using System.Globalization;
using LabourHub.Application.Common;
using LabourHub.Application.Vacancies.SearchVacancies;
using LabourHub.Search.Contract;

namespace LabourHub.Infrastructure.Search;

/// <summary>The vacancy search port on the search contract: whichever provider is configured.</summary>
public sealed class VacancyIndex(ISearchEngine engine) : IVacancyIndex
{
    public async Task<VacancyIndexPage> SearchAsync(VacancySearchQuery query, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new List<KeywordFilter>();
        if (query.ProvinceCode is { } province)
        {
            filters.Add(new KeywordFilter("province", province.ToString(CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrWhiteSpace(query.NaceSection))
        {
            filters.Add(new KeywordFilter("sector", query.NaceSection.Trim().ToUpperInvariant()));
        }

        var request = new SearchRequest
        {
            Index = SearchIndexes.Vacancies,
            Text = query.Text,
            Language = language,
            Filters = filters,
            Prefixes = string.IsNullOrWhiteSpace(query.IscoPrefix) ? [] : [new PrefixFilter("isco", query.IscoPrefix.Trim())],
            Near = query.Near is { } near ? new GeoRadius(new GeoPoint(near.Latitude, near.Longitude), near.RadiusKm) : null,
            Facets = query.Facets.Intersect(VacancyFacets.All).ToList(),
            Sort = query.Sort switch
            {
                VacancySort.Newest => SearchSort.Newest,
                VacancySort.Distance => SearchSort.Distance,
                _ => SearchSort.Relevance,
            },
            Page = query.Page,
            PageSize = query.PageSize,
            After = query.After,
            Highlight = !string.IsNullOrWhiteSpace(query.Text),
        };

        SearchResult result;
        try
        {
            result = await engine.SearchAsync(request, cancellationToken);
        }
        catch (SearchUnavailableException e)
        {
            throw new SearchIndexUnavailableException(e.Message, e);
        }
        catch (InvalidSearchRequestException e)
        {
            // The only thing a caller can get wrong past validation is the cursor (from another index, or stale).
            throw new SearchQueryRejectedException(e.Message.Contains("cursor", StringComparison.OrdinalIgnoreCase) ? "Search.CursorExpired" : e.Message);
        }

        return new VacancyIndexPage(
            result.Total,
            result.Hits.Select(h => new VacancyIndexHit(Guid.Parse(h.Id), h.DistanceKm, h.Highlights)).ToList(),
            result.Facets.ToDictionary(f => f.Key, f => (IReadOnlyList<(string, long)>)f.Value.Select(v => (v.Value, v.Count)).ToList(), StringComparer.Ordinal),
            result.Next);
    }
}
