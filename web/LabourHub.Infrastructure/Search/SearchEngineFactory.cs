using LabourHub.Infrastructure.Configuration;
using LabourHub.Search.Contract;
using LabourHub.Search.Elasticsearch;
using LabourHub.Search.Lucene;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Search;

internal static class SearchEngineFactory
{
    public static ISearchEngine Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SearchOptions>>().Value;
        if (string.Equals(options.Provider, SearchOptions.ElasticsearchProvider, StringComparison.OrdinalIgnoreCase))
        {
            var elastic = options.Elasticsearch;
            return new ElasticsearchSearchEngine(ElasticsearchClientFactory.Create(elastic), elastic, services.GetRequiredService<TimeProvider>());
        }

        var folder = services.GetRequiredService<IOptions<LabourHubOptions>>().Value.DataFolder;
        return new LuceneSearchEngine(new LuceneSearchOptions { RootPath = Path.Combine(folder, "search") });
    }
}
