using System.Diagnostics;
using System.Globalization;
using LabourHub.Application;
using LabourHub.Infrastructure;
using LabourHub.Infrastructure.DemoData;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Infrastructure.Search;
using LabourHub.Infrastructure.Startup;
using LabourHub.Search.Contract;
using LabourHub.Search.Lucene;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LabourHub.Search.Benchmarks;

internal sealed class SearchBenchmark(BenchmarkOptions options)
{
    /// <summary>Prints the rebuild's progress with the time since it began (synchronously, in order).</summary>
    private sealed class Progress : IProgress<string>
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private string _last = string.Empty;

        public void Report(string value)
        {
            var index = value.Split(':')[0];
            if (index != _last)
            {
                Console.WriteLine($"  {_watch.Elapsed.TotalSeconds:N1} s: {value}");
                _last = index;
            }
        }
    }

    private static readonly string[] Sectors = ["C", "F", "I", "A", "G"];
    private static readonly string[] ProvincesByWeight = ["34", "27", "31", "63", "1", "33", "16", "35", "6", "46"];

    public async Task RunAsync()
    {
        Directory.CreateDirectory(options.Folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LabourHub:DataFolder"] = options.Folder,
            ["LabourHub:SeedDemoData"] = "false",
            ["Search:RunIndexer"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddApplication();
        services.AddInfrastructure(configuration);
        await using var provider = services.BuildServiceProvider();

        await Step("database and reference data", () => provider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None));
        if (!options.QueriesOnly)
        {
            await BuildAsync(provider);
        }

        var engine = (LuceneSearchEngine)provider.GetRequiredService<ISearchEngine>();
        var words = await OccupationWordsAsync(provider);
        await MeasureAsync("vacancies: text + province + sector, facets province/sector/isco", engine, words, VacancyQuery);
        await MeasureAsync("candidates: text + province + language, facets province/isco/language", engine, words, CandidateQuery);
        Console.WriteLine($"Process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB");
    }

    /// <summary>Seeds the population (once per folder), rebuilds through the product, and measures raw indexing.</summary>
    private async Task BuildAsync(ServiceProvider provider)
    {
        await using (var scope = provider.CreateAsyncScope())
        {
            var seeded = await Step($"demo population ({options.Employers:N0} employers, {options.Vacancies:N0} vacancies, {options.Workers:N0} workers)", () =>
                scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(options.Employers, options.Vacancies, options.Workers, CancellationToken.None));
            if (!seeded)
            {
                Console.WriteLine("  (already seeded in this folder: reused)");
            }
        }

        var rebuild = await Step("rebuild through the product (database read, mapping, indexing)", () =>
            provider.GetRequiredService<SearchIndexRebuilder>().RebuildAsync(new Progress(), CancellationToken.None));
        var rebuilt = rebuild.Vacancies + rebuild.Candidates + rebuild.Occupations;
        Console.WriteLine($"  {rebuild.Vacancies:N0} vacancies, {rebuild.Candidates:N0} candidates, {rebuild.Occupations:N0} occupations: {rebuilt / rebuild.Elapsed.TotalSeconds:N0} documents/s end to end");

        await RawIndexingAsync(provider);
    }

    private static SearchRequest VacancyQuery(Random random, string word) => new()
    {
        Index = SearchIndexes.Vacancies,
        Text = word,
        Language = "tr",
        Filters = [new KeywordFilter("province", ProvincesByWeight[random.Next(ProvincesByWeight.Length)]), new KeywordFilter("sector", Sectors[random.Next(Sectors.Length)])],
        Facets = ["province", "sector", "isco"],
        PageSize = 20,
    };

    private static SearchRequest CandidateQuery(Random random, string word) => new()
    {
        Index = SearchIndexes.Candidates,
        Text = word,
        Language = "tr",
        Filters = [new KeywordFilter("province", ProvincesByWeight[random.Next(ProvincesByWeight.Length)]), new KeywordFilter("language", random.Next(2) == 0 ? "ar" : "tr")],
        Facets = ["province", "isco", "language"],
        Access = [SearchDocumentFactory.Discoverable],
        PageSize = 20,
    };

    /// <summary>The contract's IndexAsync alone, on documents mapped beforehand, into a separate folder.</summary>
    private async Task RawIndexingAsync(ServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<SearchDocumentFactory>();
        var mapping = Stopwatch.StartNew();
        var documents = new List<SearchDocument>();
        await foreach (var batch in factory.AllVacanciesAsync(5_000, CancellationToken.None))
        {
            documents.AddRange(batch);
        }

        var vacancyCount = documents.Count;
        await foreach (var batch in factory.AllCandidatesAsync(5_000, CancellationToken.None))
        {
            documents.AddRange(batch);
        }

        Console.WriteLine($"Reading and mapping {documents.Count:N0} documents from the database: {mapping.Elapsed.TotalSeconds:N1} s = {documents.Count / mapping.Elapsed.TotalSeconds:N0}/s");
        var folder = Path.Combine(options.Folder, "raw-indexing");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        using var engine = new LuceneSearchEngine(new LuceneSearchOptions { RootPath = folder });
        var watch = Stopwatch.StartNew();
        foreach (var batch in documents.Take(vacancyCount).Chunk(5_000))
        {
            await engine.IndexAsync(SearchIndexes.Vacancies, batch, CancellationToken.None);
        }

        var vacancySeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        foreach (var batch in documents.Skip(vacancyCount).Chunk(5_000))
        {
            await engine.IndexAsync(SearchIndexes.Candidates, batch, CancellationToken.None);
        }

        var candidateSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"Raw indexing (IndexAsync, batches of 5,000, each committed): vacancies {vacancyCount:N0} in {vacancySeconds:N1} s = {vacancyCount / vacancySeconds:N0}/s; "
            + $"candidates {documents.Count - vacancyCount:N0} in {candidateSeconds:N1} s = {(documents.Count - vacancyCount) / candidateSeconds:N0}/s; "
            + $"index size {DirectorySize(folder) / 1024 / 1024:N0} MB");
    }

    private async Task MeasureAsync(string name, LuceneSearchEngine engine, IReadOnlyList<string> words, Func<Random, string, SearchRequest> make)
    {
        var random = new Random(20261127);
        var requests = Enumerable.Range(0, options.WarmUp + options.Queries).Select(_ => make(random, words[random.Next(words.Count)])).ToList();
        var contract = new List<double>(options.Queries);
        var raw = new List<double>(options.Queries);
        long hits = 0;
        for (var i = 0; i < requests.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            var result = await engine.SearchAsync(requests[i], CancellationToken.None);
            var contractMs = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            engine.RawSearch(requests[i]);
            var rawMs = watch.Elapsed.TotalMilliseconds;
            if (i >= options.WarmUp)
            {
                contract.Add(contractMs);
                raw.Add(rawMs);
                hits += result.Total;
            }
        }

        var p50 = Percentile(contract, 50);
        var rawP50 = Percentile(raw, 50);
        Console.WriteLine($"{name}: {options.Queries:N0} queries after {options.WarmUp:N0} warm-up, {hits / (double)options.Queries:N0} matches on average");
        Console.WriteLine($"  contract p50 {p50:N2} ms, p90 {Percentile(contract, 90):N2} ms, p99 {Percentile(contract, 99):N2} ms, max {contract.Max():N2} ms");
        Console.WriteLine($"  bare IndexSearcher.Search (same query, top 20) p50 {rawP50:N2} ms, p99 {Percentile(raw, 99):N2} ms; overhead ratio p50 {p50 / rawP50:N2}");
    }

    private static async Task<List<string>> OccupationWordsAsync(ServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var titles = await db.Vacancies.Select(v => v.Title).Distinct().OrderBy(t => t).Take(500).ToListAsync();
        return titles.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 5).Distinct().ToList();
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static long DirectorySize(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    private static async Task<T> Step<T>(string name, Func<Task<T>> step)
    {
        var watch = Stopwatch.StartNew();
        var result = await step();
        Console.WriteLine($"{name}: {watch.Elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture)} s");
        return result;
    }

    private static async Task Step(string name, Func<Task> step) => await Step(name, async () => { await step(); return true; });
}
