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
            && options.Elasticsearch.Validate() is { Count: > 0 } problems)
        {
            return ValidateOptionsResult.Fail(problems);
        }

        return options.BatchSize is < 1 or > 10_000
            ? ValidateOptionsResult.Fail("Search:BatchSize must be between 1 and 10000.")
            : ValidateOptionsResult.Success;
    }
}
