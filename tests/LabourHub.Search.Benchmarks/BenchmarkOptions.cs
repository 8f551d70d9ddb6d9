using System.Globalization;

namespace LabourHub.Search.Benchmarks;

internal sealed record BenchmarkOptions(string Folder, int Employers, int Vacancies, int Workers, int Queries, int WarmUp, bool QueriesOnly)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new BenchmarkOptions(
            Path.GetFullPath(Value("folder", Path.Combine(Path.GetTempPath(), "labourhub-search-benchmark"))),
            Number("employers", 20_000),
            Number("vacancies", 200_000),
            Number("workers", 1_000_000),
            Number("queries", 2_000),
            Number("warmup", 300),
            args.Contains("--queries-only"));
    }
}
