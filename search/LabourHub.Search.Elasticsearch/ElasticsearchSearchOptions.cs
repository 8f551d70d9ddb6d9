namespace LabourHub.Search.Elasticsearch;

/// <summary>Settings of the Elasticsearch provider, bound from the "Search:Elasticsearch" configuration section.</summary>
public sealed class ElasticsearchSearchOptions
{
    public const string SectionName = "Search:Elasticsearch";

    /// <summary>The cluster's address, such as http://localhost:9200.</summary>
    public Uri? Url { get; set; }

    /// <summary>An API key (from the environment or user secrets, never from appsettings); none for an open cluster.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Prepended to every index and template name, so several deployments or test runs share a cluster.</summary>
    public string IndexPrefix { get; set; } = "labourhub-";

    /// <summary>How long one attempt may take before it counts as a timeout.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt on 429, 502, 503, 504, timeouts and connection failures.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The wait before the first retry; it doubles on each further retry, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Documents sent in one bulk request; larger batches are split.</summary>
    public int BulkBatchSize { get; set; } = 500;

    /// <summary>The problems that make these options unusable; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Url is null || !Url.IsAbsoluteUri)
        {
            problems.Add("Search:Elasticsearch:Url must be an absolute URL.");
        }

        if (string.IsNullOrWhiteSpace(IndexPrefix) || IndexPrefix.Any(char.IsUpper))
        {
            problems.Add("Search:Elasticsearch:IndexPrefix must be a lower-case name prefix.");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add("Search:Elasticsearch:RequestTimeout must be positive.");
        }

        if (MaxRetries is < 0 or > 10)
        {
            problems.Add("Search:Elasticsearch:MaxRetries must be from 0 to 10.");
        }

        if (BaseBackoff < TimeSpan.Zero || MaxBackoff < BaseBackoff)
        {
            problems.Add("Search:Elasticsearch:BaseBackoff must be from zero to MaxBackoff.");
        }

        if (BulkBatchSize is < 1 or > 10_000)
        {
            problems.Add("Search:Elasticsearch:BulkBatchSize must be from 1 to 10,000.");
        }

        return problems;
    }
}
