using LabourHub.Search.Contract;
using LabourHub.Search.Lucene;

namespace LabourHub.Search.Tests.Contract;

public sealed class LuceneContractTests : SearchContractTests, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "labourhub-search-tests", Guid.NewGuid().ToString("N"));
    private readonly List<LuceneSearchEngine> _engines = [];

    protected override Task<ISearchEngine> CreateEngineAsync()
    {
        var engine = new LuceneSearchEngine(new LuceneSearchOptions { RootPath = Path.Combine(_root, _engines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
        _engines.Add(engine);
        return Task.FromResult<ISearchEngine>(engine);
    }

    [Fact]
    public async Task What_was_indexed_survives_a_restart()
    {
        var path = Path.Combine(_root, "restart");
        using (var first = new LuceneSearchEngine(new LuceneSearchOptions { RootPath = path }))
        {
            await first.IndexAsync(SearchIndexes.Vacancies, [Vacancy("v1", "Kaynakçı")], CancellationToken.None);
        }

        using var second = new LuceneSearchEngine(new LuceneSearchOptions { RootPath = path });
        var result = await second.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Text = "kaynakci" }, CancellationToken.None);
        Assert.Equal("v1", Assert.Single(result.Hits).Id);
    }

    [Fact]
    public async Task The_beginning_of_a_known_word_is_not_widened_to_its_typo_neighbours()
    {
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies,
            Vacancy("welder", "Kaynakçı aranıyor"), Vacancy("ski", "Kayak hocası"), Vacancy("waiter", "Garson"));

        // "kaynak" begins "kaynakci" (the prefix clause finds it); one edit would also reach "kayak".
        Assert.Equal(["welder"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "kaynak" }));
        // A word no indexed word begins with keeps its typo tolerance.
        Assert.Equal(["waiter"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "garsom" }));
    }

    [Fact]
    public async Task A_second_process_on_the_same_folder_is_told_the_index_is_unavailable()
    {
        var path = Path.Combine(_root, "locked");
        using var first = new LuceneSearchEngine(new LuceneSearchOptions { RootPath = path });
        await first.IndexAsync(SearchIndexes.Vacancies, [Vacancy("v1", "Garson")], CancellationToken.None);
        using var second = new LuceneSearchEngine(new LuceneSearchOptions { RootPath = path });

        await Assert.ThrowsAsync<SearchUnavailableException>(() => second.CountAsync(SearchIndexes.Vacancies, CancellationToken.None));
        Assert.False((await second.CheckHealthAsync(CancellationToken.None)).Available);
    }

    public void Dispose()
    {
        foreach (var engine in _engines)
        {
            engine.Dispose();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
