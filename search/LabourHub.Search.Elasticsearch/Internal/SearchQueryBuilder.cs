using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using LabourHub.Search.Contract;
using ContractSearchRequest = LabourHub.Search.Contract.SearchRequest;
using EsSearchRequest = Elastic.Clients.Elasticsearch.SearchRequest;

namespace LabourHub.Search.Elasticsearch.Internal;

/// <summary>Translates a contract search request into the typed Elasticsearch search request.</summary>
internal static class SearchQueryBuilder
{
    /// <summary>The reader's own language weighs a little more than the others.</summary>
    public const float LanguageBoost = 1.5f;

    public const int HighlightFragmentChars = 140;

    /// <summary>Without words to weigh, relevance has nothing to say: such searches list the newest first (as Lucene does).</summary>
    public static SearchSort EffectiveSort(ContractSearchRequest request) =>
        request.Sort == SearchSort.Relevance && string.IsNullOrWhiteSpace(request.Text) ? SearchSort.Newest : request.Sort;

    public static EsSearchRequest Build(ContractSearchRequest request, string indexName)
    {
        var sort = EffectiveSort(request);
        var after = request.After is null ? null : SearchCursor.Decode(request.After, sort);
        var filters = Filters(request);
        var search = new EsSearchRequest(indexName)
        {
            Query = new BoolQuery { Must = [Text(request.Text, request.Language)], Filter = filters.Count > 0 ? filters : null },
            Sort = Sort(sort, request.Near),
            From = after is null ? (request.Page - 1) * request.PageSize : null,
            Size = request.PageSize,
            SearchAfter = after,
            TrackTotalHits = new TrackHits(true),
            Source = request.Near is not null && sort != SearchSort.Distance
                ? new SourceConfig(new SourceFilter { Includes = FieldNames.Location })
                : new SourceConfig(false),
        };

        if (request.Facets.Count > 0)
        {
            search.Aggregations = request.Facets.Distinct(StringComparer.Ordinal).ToDictionary(
                field => field,
                field => (Aggregation)new TermsAggregation { Field = FieldNames.Keyword(field), Size = Math.Max(1, request.FacetSize) },
                StringComparer.Ordinal);
        }

        if (request.Highlight && !string.IsNullOrWhiteSpace(request.Text))
        {
            search.Highlight = Highlight();
        }

        return search;
    }

    /// <summary>Folded, typo-tolerant words in any field; the language-analysed (stemmed) fields add to the score.</summary>
    private const float InflectedPrefixBoost = 0.5f;

    public static Query Text(string? text, string? language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MatchAllQuery();
        }

        var words = text.Trim();
        var reader = language is null ? null : SearchIndexes.NormaliseLanguage(language);
        var folded = new MultiMatchQuery(words)
        {
            Fields = new[] { FieldNames.AnyFolded },
            Type = TextQueryType.BestFields,
            Fuzziness = "AUTO",
        };
        var stemmed = new MultiMatchQuery(words)
        {
            Fields = SearchIndexes.Languages.Select(l => new Field(FieldNames.AnyText(l), l == reader ? LanguageBoost : null)).ToArray(),
            Type = TextQueryType.MostFields,
        };
        // Turkish adds suffixes: "isci" typed without Turkish letters cannot be stemmed, but "iscisi" begins with it.
        var inflected = new MultiMatchQuery(words)
        {
            Fields = new[] { FieldNames.AnyFolded },
            Type = TextQueryType.BoolPrefix,
            Boost = InflectedPrefixBoost,
        };
        return new BoolQuery { Should = [folded, stemmed, inflected], MinimumShouldMatch = 1 };
    }

    private static List<Query> Filters(ContractSearchRequest request)
    {
        var filters = new List<Query>();
        filters.AddRange(request.Filters.Select(filter => (Query)Terms(FieldNames.Keyword(filter.Field), filter.AnyOf)));
        filters.AddRange(request.Prefixes.Select(prefix => (Query)new PrefixQuery(FieldNames.Keyword(prefix.Field), prefix.Prefix)));
        if (request.Since is { } since)
        {
            filters.Add(new DateRangeQuery(FieldNames.Date) { Gte = DateMath.Anchored(DocumentSource.FormatDate(since)) });
        }

        if (request.Near is { } near)
        {
            filters.Add(new GeoDistanceQuery
            {
                Field = FieldNames.Location,
                Distance = near.RadiusKm.ToString("0.######", CultureInfo.InvariantCulture) + "km",
                DistanceType = GeoDistanceType.Arc,
                Location = Point(near.Origin),
            });
        }

        if (request.Access is { } access)
        {
            // An empty access list is a caller who may see nothing: the filter matches nothing rather than being dropped.
            filters.Add(access.Count == 0 ? new MatchNoneQuery() : Terms(FieldNames.Keyword(SearchIndexes.AccessField), access));
        }

        return filters;
    }

    private static TermsQuery Terms(string field, IEnumerable<string> values) =>
        new(field, values.Select(FieldValue.String).ToArray());

    private static List<SortOptions> Sort(SearchSort sort, GeoRadius? near)
    {
        var byId = new FieldSort(FieldNames.Id) { Order = SortOrder.Asc };
        return sort switch
        {
            SearchSort.Newest => [new FieldSort(FieldNames.Date) { Order = SortOrder.Desc }, byId],
            SearchSort.Distance => [
                new GeoDistanceSort
                {
                    Field = FieldNames.Location,
                    Location = [Point(near!.Origin)],
                    Order = SortOrder.Asc,
                    Unit = DistanceUnit.Kilometers,
                    DistanceType = GeoDistanceType.Arc,
                },
                byId],
            _ => [new SortOptions { Score = new ScoreSort { Order = SortOrder.Desc } }, byId],
        };
    }

    private static Highlight Highlight()
    {
        var fields = SearchIndexes.Languages.Select(FieldNames.AnyText).Append(FieldNames.AnyFolded)
            .Select(pattern => new KeyValuePair<Field, HighlightField>(pattern, new HighlightField()))
            .ToList();
        return new Highlight
        {
            Fields = fields,
            PreTags = ["<mark>"],
            PostTags = ["</mark>"],
            Encoder = HighlighterEncoder.Html,
            FragmentSize = HighlightFragmentChars,
            NumberOfFragments = 1,
        };
    }

    internal static GeoLocation Point(GeoPoint point) => new LatLonGeoLocation(point.Latitude, point.Longitude);
}
