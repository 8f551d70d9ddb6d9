using LabourHub.Search.Elasticsearch;

namespace LabourHub.Infrastructure.Search;

/// <summary>The "Search" configuration section.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";
    public const string Lucene = "lucene";
    public const string ElasticsearchProvider = "elasticsearch";

    /// <summary>lucene (embedded, under the data folder) or elasticsearch (Search:Elasticsearch:Url).</summary>
    public string Provider { get; set; } = Lucene;

    /// <summary>Search:Elasticsearch:Url, ApiKey, IndexPrefix, RequestTimeout, MaxRetries, BaseBackoff, MaxBackoff, BulkBatchSize.</summary>
    public ElasticsearchSearchOptions Elasticsearch { get; set; } = new();

    /// <summary>Run the outbox indexer in this process (switch off on web replicas when a worker process runs it).</summary>
    public bool RunIndexer { get; set; } = true;

    /// <summary>How often the indexer looks for changes when it found none last time.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Changes taken from the outbox per batch.</summary>
    public int BatchSize { get; set; } = 500;
}
