using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace LabourHub.Search.Elasticsearch;

/// <summary>Builds the client the provider uses from its options (one node address; the provider retries itself).</summary>
public static class ElasticsearchClientFactory
{
    public static ElasticsearchClient Create(ElasticsearchSearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        var settings = new ElasticsearchClientSettings(new SingleNodePool(options.Url!))
            .RequestTimeout(options.RequestTimeout)
            .MaximumRetries(0);
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            settings = settings.Authentication(new ApiKey(options.ApiKey));
        }

        return new ElasticsearchClient(settings);
    }
}
