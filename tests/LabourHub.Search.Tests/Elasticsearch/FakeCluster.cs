using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using LabourHub.Search.Elasticsearch;

namespace LabourHub.Search.Tests.Elasticsearch;

/// <summary>An engine wired to a <see cref="RecordingInvoker"/>, with fast retries so failure tests stay quick.</summary>
public sealed class FakeCluster
{
    public const string EmptySearch = """{"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},"hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]}}""";

    public FakeCluster(RecordingInvoker invoker, Action<ElasticsearchSearchOptions>? configure = null)
    {
        Invoker = invoker;
        Options = new ElasticsearchSearchOptions
        {
            Url = new Uri("http://search.test:9200"),
            RequestTimeout = TimeSpan.FromSeconds(5),
            BaseBackoff = TimeSpan.FromMilliseconds(1),
            MaxBackoff = TimeSpan.FromMilliseconds(10),
        };
        configure?.Invoke(Options);
        Client = new ElasticsearchClient(new ElasticsearchClientSettings(new SingleNodePool(Options.Url!), invoker));
        Engine = new ElasticsearchSearchEngine(Client, Options);
    }

    public FakeCluster(params CannedResponse[] responses)
        : this(new RecordingInvoker(responses))
    {
    }

    public RecordingInvoker Invoker { get; }

    public ElasticsearchSearchOptions Options { get; }

    public ElasticsearchClient Client { get; }

    public ElasticsearchSearchEngine Engine { get; }

    public RecordedRequest LastRequest => Invoker.Requests[^1];
}
