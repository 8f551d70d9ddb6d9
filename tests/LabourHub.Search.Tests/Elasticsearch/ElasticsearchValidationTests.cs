using LabourHub.Search.Contract;

namespace LabourHub.Search.Tests.Elasticsearch;

/// <summary>Requests the contract refuses never reach the cluster.</summary>
[Trait("Capability", "Search")]
public sealed class ElasticsearchValidationTests
{
    private readonly FakeCluster _cluster = new(CannedResponse.Ok(FakeCluster.EmptySearch));

    [Fact]
    public async Task SearchAsync_CandidatesWithoutAccess_IsRefusedBeforeAnyCall()
    {
        await Assert.ThrowsAsync<InvalidSearchRequestException>(() =>
            _cluster.Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Candidates, Text = "x" }, CancellationToken.None));

        Assert.Empty(_cluster.Invoker.Requests);
    }

    [Fact]
    public async Task SearchAsync_UnknownIndex_IsRefused()
    {
        var error = await Assert.ThrowsAsync<InvalidSearchRequestException>(() =>
            _cluster.Engine.SearchAsync(new SearchRequest { Index = "workers" }, CancellationToken.None));

        Assert.Equal("Unknown index 'workers'.", error.Message);
    }

    [Theory]
    [InlineData("not-a-cursor!")]
    [InlineData("eyJzb3J0IjoxfQ")]
    public async Task SearchAsync_CursorNotFromThisProvider_IsRefused(string cursor)
    {
        await Assert.ThrowsAsync<InvalidSearchRequestException>(() =>
            _cluster.Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, After = cursor }, CancellationToken.None));

        Assert.Empty(_cluster.Invoker.Requests);
    }

    [Fact]
    public async Task SearchAsync_CursorFromAnotherSort_IsRefused()
    {
        var page = new FakeCluster(CannedResponse.Ok("""
            {"took":1,"timed_out":false,"hits":{"total":{"value":5,"relation":"eq"},"hits":[{"_index":"labourhub-vacancies","_id":"v1","_score":1.0,"sort":[1.0,"v1"]}]}}
            """));
        var relevance = await page.Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Text = "x", PageSize = 1 }, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidSearchRequestException>(() => _cluster.Engine.SearchAsync(
            new SearchRequest { Index = SearchIndexes.Vacancies, Text = "x", Sort = SearchSort.Newest, After = relevance.Next },
            CancellationToken.None));
    }

    [Fact]
    public async Task SuggestAsync_RestrictedIndex_IsRefused()
    {
        await Assert.ThrowsAsync<InvalidSearchRequestException>(() =>
            _cluster.Engine.SuggestAsync(new SuggestRequest { Index = SearchIndexes.Candidates, Prefix = "ay" }, CancellationToken.None));

        Assert.Empty(_cluster.Invoker.Requests);
    }

    [Fact]
    public async Task IndexAsync_DocumentWithInvalidLocation_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _cluster.Engine.IndexAsync(
            SearchIndexes.Vacancies,
            [new SearchDocument { Id = "v1", Location = new GeoPoint(91, 0) }],
            CancellationToken.None));

        Assert.Empty(_cluster.Invoker.Requests);
    }

    [Fact]
    public async Task IndexAsync_NoDocuments_SendsNothing()
    {
        await _cluster.Engine.IndexAsync(SearchIndexes.Vacancies, [], CancellationToken.None);

        Assert.Empty(_cluster.Invoker.Requests);
    }
}
