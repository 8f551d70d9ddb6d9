using LabourHub.Search.Contract;

namespace LabourHub.Search.Tests.Elasticsearch;

/// <summary>Retries with backoff on overload and timeouts; everything else fails at once; failures become SearchUnavailableException.</summary>
[Trait("Capability", "Search")]
public sealed class ElasticsearchFailureTests
{
    private static readonly SearchRequest Query = new() { Index = SearchIndexes.Vacancies, Text = "Ayşe Yılmaz kaynakçı" };

    [Fact]
    public async Task SearchAsync_TooManyRequestsThenOk_SucceedsOnTheRetry()
    {
        var cluster = new FakeCluster(
            CannedResponse.Error(429, "es_rejected_execution_exception"),
            CannedResponse.Ok("""{"took":1,"timed_out":false,"hits":{"total":{"value":1,"relation":"eq"},"hits":[{"_index":"labourhub-vacancies","_id":"v1","_score":1.0,"sort":[1.0,"v1"]}]}}"""));

        var result = await cluster.Engine.SearchAsync(Query, CancellationToken.None);

        Assert.Equal(["v1"], result.Hits.Select(hit => hit.Id));
        Assert.Equal(2, cluster.Invoker.Requests.Count);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task SearchAsync_UnavailableOnEveryAttempt_ThrowsAfterMaxRetriesPlusOneAttempts(int status)
    {
        var cluster = new FakeCluster(new RecordingInvoker(CannedResponse.Error(status, "unavailable")), options => options.MaxRetries = 3);

        var error = await Assert.ThrowsAsync<SearchUnavailableException>(() => cluster.Engine.SearchAsync(Query, CancellationToken.None));

        Assert.Equal(4, cluster.Invoker.Requests.Count);
        Assert.Contains($"HTTP {status}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Ayşe", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Ayşe", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_AttemptSlowerThanTheTimeout_ThrowsSearchUnavailableAfterRetries()
    {
        var cluster = new FakeCluster(
            new RecordingInvoker(new CannedResponse(200, FakeCluster.EmptySearch, Delay: TimeSpan.FromSeconds(30))),
            options =>
            {
                options.RequestTimeout = TimeSpan.FromMilliseconds(200);
                options.MaxRetries = 1;
            });

        var error = await Assert.ThrowsAsync<SearchUnavailableException>(() => cluster.Engine.SearchAsync(Query, CancellationToken.None));

        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, cluster.Invoker.Requests.Count);
    }

    [Fact]
    public async Task SearchAsync_ConnectionRefused_IsRetriedThenUnavailable()
    {
        var cluster = new FakeCluster(
            new RecordingInvoker(new CannedResponse(0, string.Empty, Throw: new HttpRequestException("Connection refused (search.test:9200)"))),
            options => options.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<SearchUnavailableException>(() => cluster.Engine.SearchAsync(Query, CancellationToken.None));

        Assert.Equal(3, cluster.Invoker.Requests.Count);
        Assert.Contains("HttpRequestException", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, "parsing_exception")]
    [InlineData(404, "index_not_found_exception")]
    [InlineData(500, "illegal_state_exception")]
    public async Task SearchAsync_ErrorThatARetryWouldNotFix_IsNotRetried(int status, string type)
    {
        var cluster = new FakeCluster(CannedResponse.Error(status, type), CannedResponse.Ok(FakeCluster.EmptySearch));

        var error = await Assert.ThrowsAsync<SearchUnavailableException>(() => cluster.Engine.SearchAsync(Query, CancellationToken.None));

        Assert.Single(cluster.Invoker.Requests);
        Assert.Equal($"Elasticsearch search failed: HTTP {status} ({type}) (attempt 1 of 4).", error.Message);
    }

    [Fact]
    public async Task SearchAsync_CallerCancelsDuringBackoff_StopsWithCancellation()
    {
        using var cancel = new CancellationTokenSource();
        var cluster = new FakeCluster(
            new RecordingInvoker((_, _) =>
            {
                cancel.Cancel();
                return CannedResponse.Error(503, "unavailable");
            }),
            options => options.BaseBackoff = TimeSpan.FromSeconds(30));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cluster.Engine.SearchAsync(Query, cancel.Token));

        Assert.Single(cluster.Invoker.Requests);
    }

    [Fact]
    public async Task CountAsync_OverloadedThenOk_RetriesLikeSearches()
    {
        var cluster = new FakeCluster(CannedResponse.Error(503, "unavailable"), CannedResponse.Ok("""{"count":4}"""));

        Assert.Equal(4, await cluster.Engine.CountAsync(SearchIndexes.Vacancies, CancellationToken.None));
        Assert.Equal(2, cluster.Invoker.Requests.Count);
    }

    [Fact]
    public async Task CheckHealthAsync_ClusterDown_ReportsUnavailableAfterOneAttemptWithoutThrowing()
    {
        var cluster = new FakeCluster(CannedResponse.Error(503, "master_not_discovered_exception"));

        var health = await cluster.Engine.CheckHealthAsync(CancellationToken.None);

        Assert.False(health.Available);
        Assert.Contains("HTTP 503", health.Problem, StringComparison.Ordinal);
        Assert.Single(cluster.Invoker.Requests);
    }

    [Fact]
    public void Backoff_Attempts_DoublesFromTheBaseUpToTheCap()
    {
        var options = new LabourHub.Search.Elasticsearch.ElasticsearchSearchOptions
        {
            BaseBackoff = TimeSpan.FromMilliseconds(100),
            MaxBackoff = TimeSpan.FromMilliseconds(500),
        };
        var caller = new LabourHub.Search.Elasticsearch.Internal.ResilientCaller(options, TimeProvider.System);

        Assert.Equal(
            [100, 200, 400, 500, 500],
            Enumerable.Range(1, 5).Select(attempt => caller.Backoff(attempt).TotalMilliseconds));
    }
}
