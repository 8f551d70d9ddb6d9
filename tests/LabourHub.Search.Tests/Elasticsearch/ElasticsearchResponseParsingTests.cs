using System.Text.Json.Nodes;
using LabourHub.Search.Contract;

namespace LabourHub.Search.Tests.Elasticsearch;

/// <summary>Recorded Elasticsearch response bodies fed through the in-memory transport, read into contract results.</summary>
[Trait("Capability", "Search")]
public sealed class ElasticsearchResponseParsingTests
{
    private const string RelevancePage = """
        {
          "took": 4, "timed_out": false,
          "_shards": { "total": 1, "successful": 1, "skipped": 0, "failed": 0 },
          "hits": {
            "total": { "value": 57, "relation": "eq" },
            "max_score": 7.25,
            "hits": [
              {
                "_index": "labourhub-vacancies", "_id": "v7", "_score": 7.25,
                "sort": [7.25, "v7"],
                "highlight": {
                  "title_tr": ["<mark>Kaynakçı</mark>"],
                  "title_tr.folded": ["Usta <mark>kaynakçı</mark> aranıyor"],
                  "body_en": ["Experienced <mark>welder</mark>"]
                }
              },
              {
                "_index": "labourhub-vacancies", "_id": "v3", "_score": 5.5,
                "sort": [5.5, "v3"],
                "highlight": { "title_ar.folded": ["<mark>لحام</mark>"], "title_tr.folded": ["<mark>Kaynak</mark> işçisi"] }
              }
            ]
          },
          "aggregations": {
            "sterms#province": {
              "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
              "buckets": [{ "key": "34", "doc_count": 40 }, { "key": "06", "doc_count": 17 }]
            },
            "sterms#sector": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": [] }
          }
        }
        """;

    [Fact]
    public async Task SearchAsync_FullPage_ReadsTotalIdsScoresFacetsHighlightsAndCursor()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(RelevancePage));

        var result = await cluster.Engine.SearchAsync(
            new SearchRequest { Index = SearchIndexes.Vacancies, Text = "kaynakci", Facets = ["province", "sector", "district"], Highlight = true, PageSize = 2 },
            CancellationToken.None);

        Assert.Equal(57, result.Total);
        Assert.Equal(["v7", "v3"], result.Hits.Select(hit => hit.Id));
        Assert.Equal([7.25, 5.5], result.Hits.Select(hit => hit.Score));
        Assert.All(result.Hits, hit => Assert.Null(hit.DistanceKm));
        Assert.Equal([new FacetCount("34", 40), new FacetCount("06", 17)], result.Facets["province"]);
        Assert.Empty(result.Facets["sector"]);
        Assert.Empty(result.Facets["district"]);

        // The folded fragment wins over the stemmed one of the same stored field; languages of one field are joined.
        Assert.Equal("Usta <mark>kaynakçı</mark> aranıyor", result.Hits[0].Highlights["title"]);
        Assert.Equal("Experienced <mark>welder</mark>", result.Hits[0].Highlights["body"]);
        Assert.Equal("<mark>Kaynak</mark> işçisi … <mark>لحام</mark>", result.Hits[1].Highlights["title"]);
        Assert.NotNull(result.Next);
    }

    [Fact]
    public async Task SearchAsync_NextCursorReplayed_SendsTheLastHitsSortValuesAsSearchAfter()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(RelevancePage));
        var first = new SearchRequest { Index = SearchIndexes.Vacancies, Text = "kaynakci", PageSize = 2 };
        var page = await cluster.Engine.SearchAsync(first, CancellationToken.None);

        await cluster.Engine.SearchAsync(first with { After = page.Next }, CancellationToken.None);

        var body = JsonNode.Parse(cluster.LastRequest.Body!)!;
        JsonAssert.Equal("""[5.5, "v3"]""", body["search_after"]!.ToJsonString());
        Assert.Null(body["from"]);
    }

    [Fact]
    public async Task SearchAsync_PartialPage_HasNoNextCursor()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(RelevancePage));

        var result = await cluster.Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Text = "kaynakci", PageSize = 3 }, CancellationToken.None);

        Assert.Equal(2, result.Hits.Count);
        Assert.Null(result.Next);
    }

    [Fact]
    public async Task SearchAsync_SortedByDistance_TakesTheDistanceFromTheGeoSortValue()
    {
        var cluster = new FakeCluster(CannedResponse.Ok("""
            {
              "took": 2, "timed_out": false,
              "hits": {
                "total": { "value": 2, "relation": "eq" }, "max_score": null,
                "hits": [
                  { "_index": "labourhub-vacancies", "_id": "v2", "_score": null, "sort": [3.21749, "v2"] },
                  { "_index": "labourhub-vacancies", "_id": "v9", "_score": null, "sort": [18, "v9"] }
                ]
              }
            }
            """));

        var result = await cluster.Engine.SearchAsync(
            new SearchRequest { Index = SearchIndexes.Vacancies, Near = new GeoRadius(new GeoPoint(41.0082, 28.9784), 25), Sort = SearchSort.Distance },
            CancellationToken.None);

        Assert.Equal(["v2", "v9"], result.Hits.Select(hit => hit.Id));
        Assert.Equal([3.217, 18.0], result.Hits.Select(hit => hit.DistanceKm));
        Assert.Equal([0.0, 0.0], result.Hits.Select(hit => hit.Score));
    }

    [Fact]
    public async Task SearchAsync_NearButSortedByRelevance_ComputesTheDistanceFromTheSourceLocation()
    {
        var cluster = new FakeCluster(CannedResponse.Ok("""
            {
              "took": 2, "timed_out": false,
              "hits": {
                "total": { "value": 1, "relation": "eq" }, "max_score": 2.0,
                "hits": [{ "_index": "labourhub-vacancies", "_id": "v4", "_score": 2.0, "sort": [2.0, "v4"], "_source": { "location": { "lat": 40.7654, "lon": 29.9408 } } }]
              }
            }
            """));
        var origin = new GeoPoint(41.0082, 28.9784);

        var result = await cluster.Engine.SearchAsync(
            new SearchRequest { Index = SearchIndexes.Vacancies, Text = "welder", Near = new GeoRadius(origin, 100) },
            CancellationToken.None);

        var expected = Math.Round(origin.DistanceKmTo(new GeoPoint(40.7654, 29.9408)), 3);
        Assert.Equal(expected, result.Hits.Single().DistanceKm);
        Assert.InRange(expected, 80, 90);
    }

    [Fact]
    public async Task SuggestAsync_Hits_GiveTheLabelInTheAskedLanguageElseTheFirstAndTheKeywords()
    {
        var cluster = new FakeCluster(CannedResponse.Ok("""
            {
              "took": 1, "timed_out": false,
              "hits": {
                "total": { "value": 2, "relation": "eq" }, "max_score": 3.0,
                "hits": [
                  { "_index": "labourhub-occupations", "_id": "isco-7212", "_score": 3.0, "sort": [3.0, "isco-7212"],
                    "_source": { "label_tr": "Kaynakçı\n\nKaynak ustası", "label_en": "Welder", "kw": { "isco": ["7212"], "level": "unit" } } },
                  { "_index": "labourhub-occupations", "_id": "esco-1", "_score": 2.0, "sort": [2.0, "esco-1"],
                    "_source": { "label_tr": "Gaz kaynakçısı", "kw": { "isco": ["7212"] } } }
                ]
              }
            }
            """));

        var english = await cluster.Engine.SuggestAsync(new SuggestRequest { Index = SearchIndexes.Occupations, Prefix = "weld", Language = "en" }, CancellationToken.None);
        var persian = await cluster.Engine.SuggestAsync(new SuggestRequest { Index = SearchIndexes.Occupations, Prefix = "kay", Language = "fa" }, CancellationToken.None);

        Assert.Equal(["isco-7212", "esco-1"], english.Select(s => s.Id));
        Assert.Equal(["Welder", "Gaz kaynakçısı"], english.Select(s => s.Label));
        Assert.Equal(["Kaynakçı", "Gaz kaynakçısı"], persian.Select(s => s.Label));
        Assert.Equal(["7212"], english[0].Keywords["isco"]);
        Assert.Equal(["unit"], english[0].Keywords["level"]);
    }

    [Fact]
    public async Task SuggestAsync_EmptyPrefix_ReturnsNothingWithoutCallingTheCluster()
    {
        var cluster = new FakeCluster(CannedResponse.Ok(FakeCluster.EmptySearch));

        var suggestions = await cluster.Engine.SuggestAsync(new SuggestRequest { Index = SearchIndexes.Occupations, Prefix = " " }, CancellationToken.None);

        Assert.Empty(suggestions);
        Assert.Empty(cluster.Invoker.Requests);
    }

    [Fact]
    public async Task CountAsync_CountResponse_ReturnsTheCount()
    {
        var cluster = new FakeCluster(CannedResponse.Ok("""{"count":12,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}"""));

        Assert.Equal(12, await cluster.Engine.CountAsync(SearchIndexes.Candidates, CancellationToken.None));
        Assert.Equal("labourhub-candidates/_count", cluster.LastRequest.PathAndQuery);
    }

    [Fact]
    public async Task IndexAsync_ItemsRefusedByTheMapping_ThrowsNamingHowManyFailedWithoutTheirContent()
    {
        var cluster = new FakeCluster(CannedResponse.Ok("""
            {"took":3,"errors":true,"items":[
              {"index":{"_index":"labourhub-vacancies","_id":"v1","status":201,"result":"created"}},
              {"index":{"_index":"labourhub-vacancies","_id":"v2","status":400,"error":{"type":"document_parsing_exception","reason":"failed to parse field [date] of type [date]. Preview of field's value: 'Ayşe Yılmaz'"}}},
              {"index":{"_index":"labourhub-vacancies","_id":"v3","status":400,"error":{"type":"document_parsing_exception","reason":"x"}}}
            ]}
            """));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.Engine.IndexAsync(
            SearchIndexes.Vacancies,
            [new SearchDocument { Id = "v1" }, new SearchDocument { Id = "v2" }, new SearchDocument { Id = "v3" }],
            CancellationToken.None));

        Assert.Equal("2 of 3 bulk index operations failed (document_parsing_exception).", error.Message);
    }

    [Fact]
    public async Task IndexAsync_ItemsRejectedForLoad_ThrowsSearchUnavailable()
    {
        var cluster = new FakeCluster(CannedResponse.Ok("""
            {"took":3,"errors":true,"items":[
              {"index":{"_index":"labourhub-vacancies","_id":"v1","status":429,"error":{"type":"es_rejected_execution_exception","reason":"queue full"}}}
            ]}
            """));

        var error = await Assert.ThrowsAsync<SearchUnavailableException>(() =>
            cluster.Engine.IndexAsync(SearchIndexes.Vacancies, [new SearchDocument { Id = "v1" }], CancellationToken.None));

        Assert.Contains("1 of 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexAsync_MoreDocumentsThanOneBatch_SendsSeveralBulkRequests()
    {
        var cluster = new FakeCluster(
            new RecordingInvoker(CannedResponse.Ok("""{"took":1,"errors":false,"items":[]}""")),
            options => options.BulkBatchSize = 2);

        await cluster.Engine.IndexAsync(
            SearchIndexes.Vacancies,
            [.. Enumerable.Range(1, 5).Select(i => new SearchDocument { Id = $"v{i}" })],
            CancellationToken.None);

        Assert.Equal(3, cluster.Invoker.Requests.Count);
        Assert.Equal(2, cluster.Invoker.Requests[2].Body!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("green", true)]
    [InlineData("yellow", true)]
    [InlineData("red", false)]
    public async Task CheckHealthAsync_ClusterStatus_GreenOrYellowIsAvailable(string status, bool available)
    {
        var cluster = new FakeCluster(CannedResponse.Ok($$"""
            {"cluster_name":"lh","status":"{{status}}","timed_out":false,"number_of_nodes":1,"number_of_data_nodes":1,
             "active_primary_shards":3,"active_shards":3,"relocating_shards":0,"initializing_shards":0,"unassigned_shards":3,
             "unassigned_primary_shards":0,"delayed_unassigned_shards":0,"number_of_pending_tasks":0,"number_of_in_flight_fetch":0,
             "task_max_waiting_in_queue_millis":0,"active_shards_percent_as_number":50.0}
            """));

        var health = await cluster.Engine.CheckHealthAsync(CancellationToken.None);

        Assert.Equal(available, health.Available);
        Assert.Equal("elasticsearch", health.Provider);
        Assert.Equal("_cluster/health", cluster.LastRequest.PathAndQuery);
    }
}
