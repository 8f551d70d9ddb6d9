using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Elastic.Clients.Elasticsearch.QueryDsl;
using LabourHub.Search.Contract;
using LabourHub.Search.Elasticsearch.Internal;
using ContractSearchRequest = LabourHub.Search.Contract.SearchRequest;

namespace LabourHub.Search.Elasticsearch;

/// <summary>
/// The search contract on an Elasticsearch 9 cluster. Indexes are "{IndexPrefix}{index}", shaped by the templates in
/// infra/elasticsearch (<see cref="EnsureIndexTemplatesAsync"/>). Failures to reach or get an answer from the cluster
/// become <see cref="SearchUnavailableException"/> after the configured retries.
/// </summary>
public sealed class ElasticsearchSearchEngine : ISearchEngine
{
    public const string ProviderName = "elasticsearch";

    private readonly ElasticsearchClient _client;
    private readonly ElasticsearchSearchOptions _options;
    private readonly ResilientCaller _caller;

    public ElasticsearchSearchEngine(ElasticsearchClient client, ElasticsearchSearchOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options;
        _caller = new ResilientCaller(options, timeProvider ?? TimeProvider.System);
    }

    public string Provider => ProviderName;

    /// <summary>The Elasticsearch index behind a contract index.</summary>
    public string IndexName(string index) =>
        SearchIndexes.IsKnown(index) ? _options.IndexPrefix + index : throw new InvalidSearchRequestException($"Unknown index '{index}'.");

    /// <summary>Puts the committed component and index templates under the prefix, then creates missing indexes. Run at start.</summary>
    public Task EnsureIndexTemplatesAsync(CancellationToken cancellationToken) =>
        new IndexTemplates(_client, _options, _caller).ApplyAsync(cancellationToken);

    public async Task IndexAsync(string index, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var name = IndexName(index);
        foreach (var batch in documents.Chunk(_options.BulkBatchSize))
        {
            var request = new BulkRequest(name)
            {
                Refresh = Refresh.WaitFor,
                Operations = [.. batch.Select(document => new BulkIndexOperation<JsonObject>(DocumentSource.From(document)) { Id = document.Id })],
            };
            var response = await _caller.RunAsync("bulk index", token => _client.BulkAsync(request, token), cancellationToken);
            BulkFailures.ThrowIfAny(response, "index", batch.Length, ignoreNotFound: false);
        }
    }

    public async Task DeleteAsync(string index, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var name = IndexName(index);
        foreach (var batch in ids.Chunk(_options.BulkBatchSize))
        {
            var request = new BulkRequest(name)
            {
                Refresh = Refresh.WaitFor,
                Operations = [.. batch.Select(id => new BulkDeleteOperation(id))],
            };
            var response = await _caller.RunAsync("bulk delete", token => _client.BulkAsync(request, token), cancellationToken);
            BulkFailures.ThrowIfAny(response, "delete", batch.Length, ignoreNotFound: true);
        }
    }

    public async Task ResetAsync(string index, CancellationToken cancellationToken)
    {
        var request = new DeleteByQueryRequest(IndexName(index))
        {
            Query = new MatchAllQuery(),
            Refresh = true,
            Conflicts = Conflicts.Proceed,
        };
        await _caller.RunAsync("reset", token => _client.DeleteByQueryAsync(request, token), cancellationToken);
    }

    public async Task<long> CountAsync(string index, CancellationToken cancellationToken)
    {
        var request = new CountRequest(IndexName(index));
        var response = await _caller.RunAsync("count", token => _client.CountAsync(request, token), cancellationToken);
        return response.Count;
    }

    public async Task<SearchResult> SearchAsync(ContractSearchRequest request, CancellationToken cancellationToken)
    {
        SearchIndexes.Validate(request);
        var search = SearchQueryBuilder.Build(request, IndexName(request.Index));
        var response = await _caller.RunAsync("search", token => _client.SearchAsync<JsonObject>(search, token), cancellationToken);
        return SearchResultReader.Read(response, request);
    }

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SearchIndexes.IsKnown(request.Index) || SearchIndexes.IsRestricted(request.Index))
        {
            throw new InvalidSearchRequestException($"Suggestions come from public indexes only, not '{request.Index}'.");
        }

        if (string.IsNullOrWhiteSpace(request.Prefix))
        {
            return [];
        }

        var search = SuggestQueryBuilder.Build(request, IndexName(request.Index));
        var response = await _caller.RunAsync("suggest", token => _client.SearchAsync<JsonObject>(search, token), cancellationToken);
        return SuggestQueryBuilder.Read(response, request);
    }

    /// <summary>Available when the cluster is green or yellow; one attempt, no retries, so a health probe stays quick.</summary>
    public async Task<SearchHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            var response = await _caller.RunAsync("health check", token => _client.Cluster.HealthAsync(token), cancellationToken, maxRetries: 0);
            return response.Status is HealthStatus.Green or HealthStatus.Yellow
                ? new SearchHealth(true, Provider, null)
                : new SearchHealth(false, Provider, $"The cluster status is {response.Status.ToString().ToLowerInvariant()}.");
        }
        catch (SearchUnavailableException e)
        {
            return new SearchHealth(false, Provider, e.Message);
        }
    }
}
