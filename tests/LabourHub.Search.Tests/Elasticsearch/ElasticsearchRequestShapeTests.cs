using FieldValue = Elastic.Clients.Elasticsearch.FieldValue;
using LabourHub.Search.Contract;
using LabourHub.Search.Elasticsearch.Internal;

namespace LabourHub.Search.Tests.Elasticsearch;

/// <summary>The bodies the provider sends for each query shape, compared as parsed JSON with bodies written here.</summary>
[Trait("Capability", "Search")]
public sealed class ElasticsearchRequestShapeTests
{
    private const string RelevanceThenId = """[{"_score":{"order":"desc"}},{"id":{"order":"asc"}}]""";

    [Fact]
    public async Task SearchAsync_TextFiltersFacetsAndHighlight_SendsFoldedFuzzyQueryWithFiltersAndTermsAggregations()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(FakeCluster.EmptySearch));

        await cluster.Engine.SearchAsync(
            new SearchRequest
            {
                Index = SearchIndexes.Vacancies,
                Text = " kaynakci ",
                Language = "tr",
                Filters = [new KeywordFilter("province", ["34", "06"])],
                Prefixes = [new PrefixFilter("isco", "72")],
                Facets = ["province", "sector"],
                FacetSize = 10,
                Highlight = true,
                Page = 2,
                PageSize = 20,
            },
            CancellationToken.None);

        Assert.Equal("POST", cluster.LastRequest.Method);
        Assert.Equal("labourhub-vacancies/_search?typed_keys=true", cluster.LastRequest.PathAndQuery);
        JsonAssert.Equal(
            $$"""
            {
              "query": {
                "bool": {
                  "must": {
                    "bool": {
                      "should": [
                        { "multi_match": { "query": "kaynakci", "fields": "*.folded", "type": "best_fields", "fuzziness": "AUTO" } },
                        { "multi_match": { "query": "kaynakci", "fields": ["*_tr^1.5", "*_ar", "*_fa", "*_en"], "type": "most_fields" } },
                        { "multi_match": { "query": "kaynakci", "fields": "*.folded", "type": "bool_prefix", "boost": 0.5 } }
                      ],
                      "minimum_should_match": 1
                    }
                  },
                  "filter": [
                    { "terms": { "kw.province": ["34", "06"] } },
                    { "prefix": { "kw.isco": { "value": "72" } } }
                  ]
                }
              },
              "aggregations": {
                "province": { "terms": { "field": "kw.province", "size": 10 } },
                "sector": { "terms": { "field": "kw.sector", "size": 10 } }
              },
              "highlight": {
                "fields": [{ "*_tr": {} }, { "*_ar": {} }, { "*_fa": {} }, { "*_en": {} }, { "*.folded": {} }],
                "pre_tags": ["<mark>"],
                "post_tags": ["</mark>"],
                "encoder": "html",
                "fragment_size": 140,
                "number_of_fragments": 1
              },
              "sort": {{RelevanceThenId}},
              "from": 20,
              "size": 20,
              "track_total_hits": true,
              "_source": false
            }
            """,
            cluster.LastRequest.Body);
    }

    [Fact]
    public async Task SearchAsync_GeoRadiusSortedByDistance_SendsArcGeoDistanceFilterAndKilometreGeoSort()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(FakeCluster.EmptySearch));

        await cluster.Engine.SearchAsync(
            new SearchRequest
            {
                Index = SearchIndexes.Vacancies,
                Near = new GeoRadius(new GeoPoint(41.0082, 28.9784), 25),
                Sort = SearchSort.Distance,
                PageSize = 10,
            },
            CancellationToken.None);

        JsonAssert.Equal(
            """
            {
              "query": {
                "bool": {
                  "must": { "match_all": {} },
                  "filter": { "geo_distance": { "distance": "25km", "distance_type": "arc", "location": { "lat": 41.0082, "lon": 28.9784 } } }
                }
              },
              "sort": [
                { "_geo_distance": { "location": { "lat": 41.0082, "lon": 28.9784 }, "order": "asc", "unit": "km", "distance_type": "arc" } },
                { "id": { "order": "asc" } }
              ],
              "from": 0,
              "size": 10,
              "track_total_hits": true,
              "_source": false
            }
            """,
            cluster.LastRequest.Body);
    }

    [Fact]
    public async Task SearchAsync_NearWithRelevanceSort_AsksOnlyForTheLocationInTheSource()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(FakeCluster.EmptySearch));

        await cluster.Engine.SearchAsync(
            new SearchRequest { Index = SearchIndexes.Vacancies, Text = "welder", Near = new GeoRadius(new GeoPoint(39.9334, 32.8597), 12.5) },
            CancellationToken.None);

        var body = System.Text.Json.Nodes.JsonNode.Parse(cluster.LastRequest.Body!)!;
        JsonAssert.Equal("""{ "includes": "location" }""", body["_source"]!.ToJsonString());
        JsonAssert.Equal(
            """{ "geo_distance": { "distance": "12.5km", "distance_type": "arc", "location": { "lat": 39.9334, "lon": 32.8597 } } }""",
            body["query"]!["bool"]!["filter"]!.ToJsonString());
    }

    [Fact]
    public async Task SearchAsync_NewestSince_SendsUtcDateRangeAndDateSort()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(FakeCluster.EmptySearch));

        await cluster.Engine.SearchAsync(
            new SearchRequest
            {
                Index = SearchIndexes.Vacancies,
                Sort = SearchSort.Newest,
                Since = new DateTimeOffset(2026, 3, 1, 11, 30, 0, TimeSpan.FromHours(3)),
                Filters = [new KeywordFilter("province", "35")],
            },
            CancellationToken.None);

        JsonAssert.Equal(
            """
            {
              "query": {
                "bool": {
                  "must": { "match_all": {} },
                  "filter": [
                    { "terms": { "kw.province": ["35"] } },
                    { "range": { "date": { "gte": "2026-03-01T08:30:00.000Z" } } }
                  ]
                }
              },
              "sort": [{ "date": { "order": "desc" } }, { "id": { "order": "asc" } }],
              "from": 0,
              "size": 20,
              "track_total_hits": true,
              "_source": false
            }
            """,
            cluster.LastRequest.Body);
    }

    [Fact]
    public async Task SearchAsync_EmptyTextWithRelevanceSort_ListsNewestFirstLikeLucene()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(FakeCluster.EmptySearch));

        await cluster.Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Text = "  " }, CancellationToken.None);

        var body = System.Text.Json.Nodes.JsonNode.Parse(cluster.LastRequest.Body!)!;
        JsonAssert.Equal("""[{ "date": { "order": "desc" } }, { "id": { "order": "asc" } }]""", body["sort"]!.ToJsonString());
        JsonAssert.Equal("""{ "bool": { "must": { "match_all": {} } } }""", body["query"]!.ToJsonString());
    }

    [Fact]
    public async Task SearchAsync_WithCursor_SendsSearchAfterAndNoFrom()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(FakeCluster.EmptySearch));
        var cursor = SearchCursor.Encode(SearchSort.Newest, [FieldValue.Long(1772353800000), FieldValue.String("v-9")]);

        await cluster.Engine.SearchAsync(
            new SearchRequest { Index = SearchIndexes.Vacancies, Sort = SearchSort.Newest, After = cursor, Page = 7, PageSize = 50 },
            CancellationToken.None);

        JsonAssert.Equal(
            """
            {
              "query": { "bool": { "must": { "match_all": {} } } },
              "sort": [{ "date": { "order": "desc" } }, { "id": { "order": "asc" } }],
              "search_after": [1772353800000, "v-9"],
              "size": 50,
              "track_total_hits": true,
              "_source": false
            }
            """,
            cluster.LastRequest.Body);
    }

    [Fact]
    public async Task SearchAsync_CandidatesWithAccessTags_FiltersOnTheAccessKeyword()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(FakeCluster.EmptySearch));

        await cluster.Engine.SearchAsync(
            new SearchRequest
            {
                Index = SearchIndexes.Candidates,
                Text = "elektrikçi",
                Access = ["employer:42", "public"],
                Facets = ["district"],
            },
            CancellationToken.None);

        Assert.Equal("labourhub-candidates/_search?typed_keys=true", cluster.LastRequest.PathAndQuery);
        JsonAssert.Equal(
            $$"""
            {
              "query": {
                "bool": {
                  "must": {
                    "bool": {
                      "should": [
                        { "multi_match": { "query": "elektrikçi", "fields": "*.folded", "type": "best_fields", "fuzziness": "AUTO" } },
                        { "multi_match": { "query": "elektrikçi", "fields": ["*_tr", "*_ar", "*_fa", "*_en"], "type": "most_fields" } },
                        { "multi_match": { "query": "elektrikçi", "fields": "*.folded", "type": "bool_prefix", "boost": 0.5 } }
                      ],
                      "minimum_should_match": 1
                    }
                  },
                  "filter": { "terms": { "kw.access": ["employer:42", "public"] } }
                }
              },
              "aggregations": { "district": { "terms": { "field": "kw.district", "size": 100 } } },
              "sort": {{RelevanceThenId}},
              "from": 0,
              "size": 20,
              "track_total_hits": true,
              "_source": false
            }
            """,
            cluster.LastRequest.Body);
    }

    [Fact]
    public async Task SearchAsync_EmptyAccessList_FiltersWithMatchNone()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(FakeCluster.EmptySearch));

        await cluster.Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Candidates, Access = [] }, CancellationToken.None);

        var body = System.Text.Json.Nodes.JsonNode.Parse(cluster.LastRequest.Body!)!;
        JsonAssert.Equal("""{ "match_none": {} }""", body["query"]!["bool"]!["filter"]!.ToJsonString());
    }

    [Fact]
    public async Task SuggestAsync_TypedPrefix_SendsBoolPrefixOverFoldedLabelsWithTheReaderLanguageBoosted()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(FakeCluster.EmptySearch));

        await cluster.Engine.SuggestAsync(
            new SuggestRequest { Index = SearchIndexes.Occupations, Prefix = "kaynak us", Language = "tr", Size = 5 },
            CancellationToken.None);

        Assert.Equal("labourhub-occupations/_search", cluster.LastRequest.PathAndQuery);
        JsonAssert.Equal(
            $$"""
            {
              "query": {
                "multi_match": {
                  "query": "kaynak us",
                  "type": "bool_prefix",
                  "fields": ["label_tr.folded^1.5", "label_ar.folded", "label_fa.folded", "label_en.folded"],
                  "fuzziness": "AUTO"
                }
              },
              "sort": {{RelevanceThenId}},
              "size": 5,
              "_source": { "includes": ["label_*", "kw"] }
            }
            """,
            cluster.LastRequest.Body);
    }

    [Fact]
    public async Task IndexAsync_TwoDocuments_SendsBulkIndexWithExplicitIdsAndWaitForRefresh()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(
            """{"took":3,"errors":false,"items":[{"index":{"_index":"labourhub-vacancies","_id":"v1","status":201,"result":"created"}},{"index":{"_index":"labourhub-vacancies","_id":"v2","status":200,"result":"updated"}}]}"""));

        await cluster.Engine.IndexAsync(
            SearchIndexes.Vacancies,
            [
                new SearchDocument
                {
                    Id = "v1",
                    Texts =
                    [
                        new SearchText("title", "Kaynakçı", "tr"),
                        new SearchText("title", "Usta kaynakçı", "tr"),
                        new SearchText("body", "Welder wanted", "de"),
                    ],
                    Keywords = new Dictionary<string, IReadOnlyList<string>> { ["province"] = ["34"], ["sector"] = ["C", "F"] },
                    Date = new DateTimeOffset(2026, 3, 1, 11, 30, 0, TimeSpan.FromHours(3)),
                    Location = new GeoPoint(41.0082, 28.9784),
                },
                new SearchDocument { Id = "v2", Texts = [new SearchText("title", "لحام", "ar")] },
            ],
            CancellationToken.None);

        Assert.Equal("labourhub-vacancies/_bulk?refresh=wait_for", cluster.LastRequest.PathAndQuery);
        JsonAssert.LinesEqual(
            [
                """{ "index": { "_id": "v1" } }""",
                """
                {
                  "id": "v1",
                  "title_tr": "Kaynakçı\n\nUsta kaynakçı",
                  "body_en": "Welder wanted",
                  "kw": { "province": ["34"], "sector": ["C", "F"] },
                  "date": "2026-03-01T08:30:00.000Z",
                  "location": { "lat": 41.0082, "lon": 28.9784 }
                }
                """.ReplaceLineEndings(string.Empty),
                """{ "index": { "_id": "v2" } }""",
                """{ "id": "v2", "title_ar": "لحام" }""",
            ],
            cluster.LastRequest.Body);
    }

    [Fact]
    public async Task DeleteAsync_Ids_SendsBulkDeletesWithWaitForRefresh()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(
            """{"took":1,"errors":false,"items":[{"delete":{"_index":"labourhub-candidates","_id":"c1","status":200,"result":"deleted"}},{"delete":{"_index":"labourhub-candidates","_id":"c2","status":404,"result":"not_found"}}]}"""));

        await cluster.Engine.DeleteAsync(SearchIndexes.Candidates, ["c1", "c2"], CancellationToken.None);

        Assert.Equal("labourhub-candidates/_bulk?refresh=wait_for", cluster.LastRequest.PathAndQuery);
        JsonAssert.LinesEqual(["""{ "delete": { "_id": "c1" } }""", """{ "delete": { "_id": "c2" } }"""], cluster.LastRequest.Body);
    }

    [Fact]
    public async Task ResetAsync_Index_SendsRefreshingDeleteByQueryOfEverything()
    {
        var cluster = new FakeCluster(CannedResponse.Ok("""{"took":5,"timed_out":false,"total":3,"deleted":3,"batches":1,"version_conflicts":0,"noops":0,"failures":[]}"""));

        await cluster.Engine.ResetAsync(SearchIndexes.Occupations, CancellationToken.None);

        Assert.Equal("POST", cluster.LastRequest.Method);
        Assert.StartsWith("labourhub-occupations/_delete_by_query?", cluster.LastRequest.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("refresh=true", cluster.LastRequest.PathAndQuery, StringComparison.Ordinal);
        JsonAssert.Equal("""{ "query": { "match_all": {} } }""", cluster.LastRequest.Body);
    }

    [Fact]
    public async Task SearchAsync_CustomPrefix_UsesThePrefixedIndexName()
    {
        var cluster = new FakeCluster(new RecordingInvoker(CannedResponse.Ok(FakeCluster.EmptySearch)), options => options.IndexPrefix = "tenant-a-");

        await cluster.Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Occupations, Text = "x" }, CancellationToken.None);

        Assert.Equal("tenant-a-occupations/_search", cluster.LastRequest.PathAndQuery);
    }
}
