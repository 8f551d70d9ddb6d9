// The search benchmark (docs/benchmarks.md, "Search"): seeds a large demo population into a fresh database, rebuilds
// the indexes through the product's own rebuild, measures raw Lucene indexing of the same documents, then the latency
// of a text + 2 filters + 3 facets query through the contract beside the bare IndexSearcher time of the same query.
//
//   dotnet run -c Release --project tests/LabourHub.Search.Benchmarks -- --folder /tmp/lh-search --vacancies 200000 --workers 1000000
using LabourHub.Search.Benchmarks;

var options = BenchmarkOptions.Parse(args);
await new SearchBenchmark(options).RunAsync();
