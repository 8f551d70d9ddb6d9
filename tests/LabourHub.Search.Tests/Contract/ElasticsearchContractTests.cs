using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using LabourHub.Search.Contract;
using LabourHub.Search.Elasticsearch;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace LabourHub.Search.Tests.Contract;

/// <summary>
/// The same contract suite on a real cluster, when LABOURHUB_ELASTICSEARCH_URL is set (no cluster can run on the
/// build machines, so it is skipped there and says so). Each engine gets its own index prefix, removed afterwards.
/// </summary>
public sealed class ElasticsearchContractTests : SearchContractTests, IAsyncLifetime
{
    private const string UrlVariable = "LABOURHUB_ELASTICSEARCH_URL";
    private static readonly string? Url = Environment.GetEnvironmentVariable(UrlVariable);
    private readonly List<(ElasticsearchClient Client, string Prefix)> _created = [];

    protected override async Task<ISearchEngine> CreateEngineAsync()
    {
        Skip.If(string.IsNullOrWhiteSpace(Url), $"{UrlVariable} is not set: the Elasticsearch contract run is skipped.");
        var options = new ElasticsearchSearchOptions
        {
            Url = new Uri(Url!),
            ApiKey = Environment.GetEnvironmentVariable("LABOURHUB_ELASTICSEARCH_API_KEY"),
            IndexPrefix = $"lhc-{Guid.NewGuid():N}"[..16] + "-",
            RequestTimeout = TimeSpan.FromSeconds(30),
        };
        var client = ElasticsearchClientFactory.Create(options);
        var engine = new ElasticsearchSearchEngine(client, options);
        _created.Add((client, options.IndexPrefix));
        await engine.EnsureIndexTemplatesAsync(CancellationToken.None);
        return engine;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (client, prefix) in _created)
        {
            foreach (var index in SearchIndexes.All)
            {
                await client.Indices.DeleteAsync(prefix + index);
                await client.Transport.RequestAsync<StringResponse>(HttpMethod.DELETE, $"_index_template/{prefix}{index}", CancellationToken.None);
            }

            await client.Transport.RequestAsync<StringResponse>(HttpMethod.DELETE, $"_component_template/{prefix}analysis", CancellationToken.None);
        }
    }
}
