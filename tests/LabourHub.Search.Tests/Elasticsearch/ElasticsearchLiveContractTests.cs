using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using LabourHub.Search.Contract;
using LabourHub.Search.Elasticsearch;
using HttpMethod = Elastic.Transport.HttpMethod;
using SearchRequest = LabourHub.Search.Contract.SearchRequest;

namespace LabourHub.Search.Tests.Elasticsearch;

/// <summary>
/// The contract against a real cluster: runs only when LABOURHUB_ELASTICSEARCH_URL is set (and
/// LABOURHUB_ELASTICSEARCH_API_KEY if the cluster needs one). Each test applies the templates under its own unique
/// prefix, indexes a few documents and deletes its indexes and templates at the end.
/// </summary>
[Trait("Capability", "Search")]
public sealed class ElasticsearchLiveContractTests : IAsyncLifetime
{
    private const string UrlVariable = "LABOURHUB_ELASTICSEARCH_URL";
    private static readonly string? Url = Environment.GetEnvironmentVariable(UrlVariable);
    private static readonly GeoPoint Istanbul = new(41.0082, 28.9784);
    private static readonly DateTimeOffset March = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private ElasticsearchSearchOptions? _options;
    private ElasticsearchClient? _client;
    private ElasticsearchSearchEngine? _engine;

    private ElasticsearchSearchEngine Engine => _engine ?? throw new InvalidOperationException("The live cluster is not configured.");

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Url))
        {
            return;
        }

        _options = new ElasticsearchSearchOptions
        {
            Url = new Uri(Url),
            ApiKey = Environment.GetEnvironmentVariable("LABOURHUB_ELASTICSEARCH_API_KEY"),
            IndexPrefix = $"lhtest-{Guid.NewGuid():N}"[..19] + "-",
            RequestTimeout = TimeSpan.FromSeconds(30),
            BaseBackoff = TimeSpan.FromMilliseconds(100),
        };
        _client = ElasticsearchClientFactory.Create(_options);
        _engine = new ElasticsearchSearchEngine(_client, _options);
        await _engine.EnsureIndexTemplatesAsync(CancellationToken.None);
        await _engine.IndexAsync(SearchIndexes.Vacancies, Vacancies(), CancellationToken.None);
        await _engine.IndexAsync(SearchIndexes.Candidates, Candidates(), CancellationToken.None);
        await _engine.IndexAsync(SearchIndexes.Occupations, Occupations(), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_client is null || _options is null)
        {
            return;
        }

        foreach (var index in SearchIndexes.All)
        {
            await _client.Indices.DeleteAsync(_options.IndexPrefix + index);
            await _client.Transport.RequestAsync<StringResponse>(HttpMethod.DELETE, $"_index_template/{_options.IndexPrefix}{index}", CancellationToken.None);
        }

        await _client.Transport.RequestAsync<StringResponse>(HttpMethod.DELETE, $"_component_template/{_options.IndexPrefix}analysis", CancellationToken.None);
    }

    [SkippableFact]
    public async Task SearchAsync_UnaccentedLowerCaseOrCapitals_FindKaynakci()
    {
        Skip.If(Url is null, $"{UrlVariable} is not set.");

        foreach (var text in new[] { "kaynakci", "KAYNAKÇI", "Kaynakçı" })
        {
            var result = await Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Text = text, Language = "tr", Highlight = true }, CancellationToken.None);
            Assert.Equal(["v1", "v3"], result.Hits.Select(hit => hit.Id).Order(StringComparer.Ordinal));
            Assert.All(result.Hits, hit => Assert.Contains("<mark>", hit.Highlights["title"], StringComparison.Ordinal));
        }

        var typo = await Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Text = "kaynakcu" }, CancellationToken.None);
        Assert.Contains("v1", typo.Hits.Select(hit => hit.Id));
    }

    [SkippableFact]
    public async Task SearchAsync_Facets_CountEveryMatchNotJustThePage()
    {
        Skip.If(Url is null, $"{UrlVariable} is not set.");

        var result = await Engine.SearchAsync(
            new SearchRequest { Index = SearchIndexes.Vacancies, Facets = ["province", "isco"], PageSize = 1 },
            CancellationToken.None);

        Assert.Equal(3, result.Total);
        Assert.Single(result.Hits);
        Assert.Equal([new FacetCount("34", 2), new FacetCount("06", 1)], result.Facets["province"]);
        Assert.Equal([new FacetCount("7212", 2), new FacetCount("7411", 1)], result.Facets["isco"]);

        var filtered = await Engine.SearchAsync(
            new SearchRequest { Index = SearchIndexes.Vacancies, Filters = [new KeywordFilter("province", "34")], Prefixes = [new PrefixFilter("isco", "72")] },
            CancellationToken.None);
        Assert.Equal(["v1"], filtered.Hits.Select(hit => hit.Id));
    }

    [SkippableFact]
    public async Task SearchAsync_GeoRadiusByDistance_KeepsNearbyDocumentsNearestFirst()
    {
        Skip.If(Url is null, $"{UrlVariable} is not set.");

        var result = await Engine.SearchAsync(
            new SearchRequest { Index = SearchIndexes.Vacancies, Near = new GeoRadius(Istanbul, 30), Sort = SearchSort.Distance },
            CancellationToken.None);

        Assert.Equal(["v1", "v2"], result.Hits.Select(hit => hit.Id));
        Assert.InRange(result.Hits[0].DistanceKm!.Value, 0, 0.01);
        Assert.InRange(result.Hits[1].DistanceKm!.Value, 4, 7);
    }

    [SkippableFact]
    public async Task SearchAsync_NewestWithCursor_WalksEveryDocumentOnce()
    {
        Skip.If(Url is null, $"{UrlVariable} is not set.");

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Sort = SearchSort.Newest, PageSize = 1, After = after }, CancellationToken.None);
            seen.AddRange(page.Hits.Select(hit => hit.Id));
            after = page.Next;
        }
        while (after is not null && seen.Count < 10);

        Assert.Equal(["v2", "v1", "v3"], seen);
    }

    [SkippableFact]
    public async Task SearchAsync_Candidates_SeeOnlyDocumentsOfTheCallersAccessTags()
    {
        Skip.If(Url is null, $"{UrlVariable} is not set.");

        var mine = await Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Candidates, Text = "kaynakci", Access = ["employer:1"], Facets = ["province"] }, CancellationToken.None);
        var none = await Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Candidates, Access = [] }, CancellationToken.None);

        Assert.Equal(["c1"], mine.Hits.Select(hit => hit.Id));
        Assert.Equal([new FacetCount("34", 1)], mine.Facets["province"]);
        Assert.Equal(0, none.Total);
    }

    [SkippableFact]
    public async Task SuggestAsync_TypedPrefix_SuggestsTheOccupationInTheReadersLanguage()
    {
        Skip.If(Url is null, $"{UrlVariable} is not set.");

        var turkish = await Engine.SuggestAsync(new SuggestRequest { Index = SearchIndexes.Occupations, Prefix = "kayn", Language = "tr" }, CancellationToken.None);
        var english = await Engine.SuggestAsync(new SuggestRequest { Index = SearchIndexes.Occupations, Prefix = "weld", Language = "en" }, CancellationToken.None);

        Assert.NotEmpty(turkish);
        Assert.NotEmpty(english);
        Assert.Equal("Kaynakçı", turkish[0].Label);
        Assert.Equal("Welder", english[0].Label);
        Assert.Equal(["7212"], english[0].Keywords["isco"]);
    }

    [SkippableFact]
    public async Task DeleteResetAndCount_ChangeWhatIsVisibleAtOnce()
    {
        Skip.If(Url is null, $"{UrlVariable} is not set.");

        Assert.Equal(3, await Engine.CountAsync(SearchIndexes.Vacancies, CancellationToken.None));
        await Engine.DeleteAsync(SearchIndexes.Vacancies, ["v2", "missing"], CancellationToken.None);
        Assert.Equal(2, await Engine.CountAsync(SearchIndexes.Vacancies, CancellationToken.None));
        await Engine.ResetAsync(SearchIndexes.Vacancies, CancellationToken.None);
        Assert.Equal(0, await Engine.CountAsync(SearchIndexes.Vacancies, CancellationToken.None));
        Assert.True((await Engine.CheckHealthAsync(CancellationToken.None)).Available);
    }

    private static List<SearchDocument> Vacancies() =>
    [
        Vacancy("v1", "Kaynakçı aranıyor", "34", "7212", March, Istanbul),
        Vacancy("v2", "Elektrikçi", "34", "7411", March.AddDays(4), new GeoPoint(40.9903, 29.0290)),
        Vacancy("v3", "Usta kaynakçı", "06", "7212", March.AddDays(-9), new GeoPoint(39.9334, 32.8597)),
    ];

    private static SearchDocument Vacancy(string id, string title, string province, string isco, DateTimeOffset date, GeoPoint location) => new()
    {
        Id = id,
        Texts = [new SearchText("title", title, "tr"), new SearchText("body", "Full-time position", "en")],
        Keywords = new Dictionary<string, IReadOnlyList<string>> { ["province"] = [province], ["isco"] = [isco] },
        Date = date,
        Location = location,
    };

    private static List<SearchDocument> Candidates() =>
    [
        new()
        {
            Id = "c1",
            Texts = [new SearchText("occupation", "Kaynakçı", "tr")],
            Keywords = new Dictionary<string, IReadOnlyList<string>> { ["province"] = ["34"], [SearchIndexes.AccessField] = ["employer:1"] },
        },
        new()
        {
            Id = "c2",
            Texts = [new SearchText("occupation", "Kaynakçı", "tr")],
            Keywords = new Dictionary<string, IReadOnlyList<string>> { ["province"] = ["06"], [SearchIndexes.AccessField] = ["employer:2"] },
        },
    ];

    private static List<SearchDocument> Occupations() =>
    [
        new()
        {
            Id = "isco-7212",
            Texts = [new SearchText("label", "Kaynakçı", "tr"), new SearchText("label", "Welder", "en")],
            Keywords = new Dictionary<string, IReadOnlyList<string>> { ["isco"] = ["7212"] },
        },
        new()
        {
            Id = "isco-7411",
            Texts = [new SearchText("label", "Elektrikçi", "tr"), new SearchText("label", "Electrician", "en")],
            Keywords = new Dictionary<string, IReadOnlyList<string>> { ["isco"] = ["7411"] },
        },
    ];
}
