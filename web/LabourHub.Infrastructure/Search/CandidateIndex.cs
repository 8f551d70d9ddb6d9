using System.Globalization;
using LabourHub.Application.Common;
using LabourHub.Application.Employers.SearchCandidates;
using LabourHub.Search.Contract;

namespace LabourHub.Infrastructure.Search;

/// <summary>The candidate search on the contract: the caller's access tags go into the query itself.</summary>
public sealed class CandidateIndex(ISearchEngine engine) : ICandidateIndex
{
    public async Task<(long Total, IReadOnlyList<(Guid WorkerId, double? DistanceKm)> Hits)> SearchAsync(
        CandidateSearchQuery query, CandidateAccess access, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(access);
        var filters = new List<KeywordFilter>();
        if (query.ProvinceCode is { } province)
        {
            filters.Add(new KeywordFilter("province", province.ToString(CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrWhiteSpace(query.LanguageCode))
        {
            filters.Add(new KeywordFilter("language", query.LanguageCode));
        }

        if (query.PermitReadyOnly)
        {
            filters.Add(new KeywordFilter("permit", "ready"));
        }

        var request = new SearchRequest
        {
            Index = SearchIndexes.Candidates,
            Text = query.Text,
            Language = language,
            Filters = filters,
            Prefixes = string.IsNullOrWhiteSpace(query.IscoPrefix) ? [] : [new PrefixFilter("isco", query.IscoPrefix)],
            Near = query.Near is { } near ? new GeoRadius(new GeoPoint(near.Latitude, near.Longitude), near.RadiusKm) : null,
            Sort = string.IsNullOrWhiteSpace(query.Text) ? SearchSort.Newest : SearchSort.Relevance,
            Page = query.Page,
            PageSize = query.PageSize,
            Access = [SearchDocumentFactory.Discoverable, .. access.EmployerIds.Select(SearchDocumentFactory.EmployerTag)],
        };

        try
        {
            var result = await engine.SearchAsync(request, cancellationToken);
            return (result.Total, result.Hits.Select(h => (Guid.Parse(h.Id), h.DistanceKm)).ToList());
        }
        catch (SearchUnavailableException e)
        {
            throw new SearchIndexUnavailableException(e.Message, e);
        }
    }
}
