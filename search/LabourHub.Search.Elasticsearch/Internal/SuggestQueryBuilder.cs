using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using LabourHub.Search.Contract;

namespace LabourHub.Search.Elasticsearch.Internal;

/// <summary>Autocomplete over the folded label fields: earlier words whole and typo tolerant, the last one a prefix.</summary>
internal static class SuggestQueryBuilder
{
    public const string LabelField = "label";
    public const int MaxSize = 50;

    public static Elastic.Clients.Elasticsearch.SearchRequest Build(SuggestRequest request, string indexName)
    {
        var language = SearchIndexes.NormaliseLanguage(request.Language);
        return new Elastic.Clients.Elasticsearch.SearchRequest(indexName)
        {
            Query = new MultiMatchQuery(request.Prefix.Trim())
            {
                Type = TextQueryType.BoolPrefix,
                Fields = SearchIndexes.Languages
                    .Select(l => new Field(FieldNames.Text(LabelField, l) + FieldNames.FoldedSuffix, l == language ? SearchQueryBuilder.LanguageBoost : null))
                    .ToArray(),
                Fuzziness = "AUTO",
            },
            Size = Math.Clamp(request.Size, 1, MaxSize),
            Sort = [new SortOptions { Score = new ScoreSort { Order = SortOrder.Desc } }, new FieldSort(FieldNames.Id) { Order = SortOrder.Asc }],
            Source = new SourceConfig(new SourceFilter { Includes = new[] { LabelField + "_*", FieldNames.KeywordObject } }),
        };
    }

    public static IReadOnlyList<Suggestion> Read(SearchResponse<JsonObject> response, SuggestRequest request)
    {
        var language = SearchIndexes.NormaliseLanguage(request.Language);
        return [.. response.Hits.Select(hit => new Suggestion(
            hit.Id ?? string.Empty,
            DocumentSource.Text(hit.Source, LabelField, language) ?? string.Empty,
            DocumentSource.Keywords(hit.Source)))];
    }
}
