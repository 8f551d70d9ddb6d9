using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using LabourHub.Search.Contract;
using ContractSearchRequest = LabourHub.Search.Contract.SearchRequest;

namespace LabourHub.Search.Elasticsearch.Internal;

/// <summary>Turns an Elasticsearch search response (typed_keys aggregations, sort values, highlights) into a contract result.</summary>
internal static class SearchResultReader
{
    /// <summary>Joins fragments of one contract field found in several Elasticsearch fields (title_tr, title_en...).</summary>
    public const string FragmentSeparator = " … ";

    public static SearchResult Read(SearchResponse<JsonObject> response, ContractSearchRequest request)
    {
        var sort = SearchQueryBuilder.EffectiveSort(request);
        var page = response.Hits.ToList();
        var hits = page.Select(hit => new SearchHit(
            hit.Id ?? string.Empty,
            hit.Score ?? 0,
            Distance(hit, request, sort),
            Highlights(hit))).ToList();
        var last = page.Count > 0 ? page[^1].Sort : null;
        var next = page.Count == request.PageSize && last is { Count: > 0 } ? SearchCursor.Encode(sort, last) : null;
        return new SearchResult(response.Total, hits, Facets(response.Aggregations, request), next);
    }

    private static double? Distance(Hit<JsonObject> hit, ContractSearchRequest request, SearchSort sort)
    {
        if (request.Near is not { } near)
        {
            return null;
        }

        double? km = null;
        if (sort == SearchSort.Distance && hit.Sort?.FirstOrDefault() is { } first)
        {
            km = first.TryGetDouble(out var number) ? number : first.TryGetLong(out var whole) ? whole : null;
        }

        km ??= DocumentSource.Location(hit.Source) is { } location ? near.Origin.DistanceKmTo(location) : null;
        return km is { } value ? Math.Round(value, 3) : null;
    }

    private static Dictionary<string, string> Highlights(Hit<JsonObject> hit)
    {
        var highlights = new Dictionary<string, string>(StringComparer.Ordinal);
        if (hit.Highlight is null)
        {
            return highlights;
        }

        // One fragment per stored field: the folded one (it also marks typo-tolerant matches), else the stemmed one;
        // then the fragments of one contract field in several languages are joined (tr, ar, fa, en order).
        var perStoredField = hit.Highlight
            .Where(pair => pair.Value.Any(fragment => !string.IsNullOrEmpty(fragment)))
            .GroupBy(pair => StoredField(pair.Key), StringComparer.Ordinal)
            .Select(group => (Field: group.Key, Fragment: group
                .OrderBy(pair => pair.Key.EndsWith(FieldNames.FoldedSuffix, StringComparison.Ordinal) ? 0 : 1)
                .First().Value.First(fragment => !string.IsNullOrEmpty(fragment))));
        var inLanguageOrder = perStoredField.OrderBy(item => LanguageRank(item.Field));
        foreach (var group in inLanguageOrder.GroupBy(item => FieldNames.ToContractField(item.Field), StringComparer.Ordinal))
        {
            highlights[group.Key] = string.Join(FragmentSeparator, group.Select(item => item.Fragment).Distinct(StringComparer.Ordinal));
        }

        return highlights;
    }

    private static Dictionary<string, IReadOnlyList<FacetCount>> Facets(AggregateDictionary? aggregations, ContractSearchRequest request)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var field in request.Facets.Distinct(StringComparer.Ordinal))
        {
            IReadOnlyList<FacetCount> counts = [];
            if (aggregations is not null && aggregations.TryGetAggregate<StringTermsAggregate>(field, out var terms) && terms is not null)
            {
                counts = [.. terms.Buckets.Select(bucket => new FacetCount(KeyText(bucket.Key), bucket.DocCount))];
            }

            facets[field] = counts;
        }

        return facets;
    }

    private static int LanguageRank(string storedField) =>
        FieldNames.LanguageOf(storedField) is { } language ? SearchIndexes.Languages.ToList().IndexOf(language) : SearchIndexes.Languages.Count;

    private static string StoredField(string name) =>
        name.EndsWith(FieldNames.FoldedSuffix, StringComparison.Ordinal) ? name[..^FieldNames.FoldedSuffix.Length] : name;

    private static string KeyText(FieldValue key) =>
        key.TryGetString(out var text) && text is not null ? text : key.Value?.ToString() ?? string.Empty;
}
