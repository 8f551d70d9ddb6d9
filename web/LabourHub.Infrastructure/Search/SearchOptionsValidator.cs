using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Search;

internal sealed class SearchOptionsValidator : IValidateOptions<SearchOptions>
{
    public ValidateOptionsResult Validate(string? name, SearchOptions options)
    {
        if (!string.Equals(options.Provider, SearchOptions.Lucene, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(options.Provider, SearchOptions.ElasticsearchProvider, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"Search:Provider must be '{SearchOptions.Lucene}' or '{SearchOptions.ElasticsearchProvider}', not '{options.Provider}'.");
        }

        if (string.Equals(options.Provider, SearchOptions.ElasticsearchProvider, StringComparison.OrdinalIgnoreCase)
            && !Uri.TryCreate(options.Elasticsearch.Url, UriKind.Absolute, out _))
        {
            return ValidateOptionsResult.Fail("Search:Elasticsearch:Url must be an absolute URL (for example http://elasticsearch:9200) when Search:Provider is elasticsearch.");
        }

        return options.BatchSize is < 1 or > 10_000
            ? ValidateOptionsResult.Fail("Search:BatchSize must be between 1 and 10000.")
            : ValidateOptionsResult.Success;
    }
}
