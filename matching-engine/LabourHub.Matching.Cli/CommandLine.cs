using System.Globalization;

namespace LabourHub.Matching.Cli;

/// <summary>Parses `COMMAND --option value ... [--flag]` and runs the command.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await Console.Out.WriteLineAsync(Usage);
            return 0;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                await Console.Error.WriteLineAsync($"Expected an option like --data, got '{args[i]}'.\n\n{Usage}");
                return 2;
            }

            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[args[i][2..]] = hasValue ? args[++i] : "true";
        }

        try
        {
            var ct = CancellationToken.None;
            return args[0] switch
            {
                "generate" => await GenerateCommand.RunAsync(
                    Int(options, "workers", 2000), Int(options, "employers", 300), Int(options, "vacancies", 600),
                    Int(options, "seed", 20261127), options.GetValueOrDefault("out") ?? "demo-data", ct),
                "train" => await TrainCommand.RunAsync(Required(options, "data"), Required(options, "model"), new Training.TrainingOptions
                {
                    Trees = Int(options, "trees", 300),
                    Leaves = Int(options, "leaves", 8),
                    MinimumRowsPerLeaf = Int(options, "min-leaf", 40),
                }, ct),
                "evaluate" => await EvaluateCommand.RunAsync(Required(options, "data"), Required(options, "model"), options.ContainsKey("json"), ct),
                "score" => await ScoreCommand.RunAsync(Required(options, "data"), Required(options, "model"), Required(options, "vacancy"), Int(options, "top", 10), ct),
                "audit" => await AuditCommand.RunAsync(Required(options, "data"), Required(options, "model"), Int(options, "top", 10), ct),
                "benchmark" => await BenchmarkCommand.RankAsync(Required(options, "model"), Int(options, "candidates", 100_000), Int(options, "repeats", 20), options.GetValueOrDefault("ranker") == "baseline", ct),
                "benchmark-train" => await BenchmarkCommand.TrainAsync(Int(options, "rows", 1_000_000), ct),
                _ => await Unknown(args[0]),
            };
        }
        catch (Exception e) when (e is FormatException or FileNotFoundException or InvalidDataException or ArgumentException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    private static async Task<int> Unknown(string command)
    {
        await Console.Error.WriteLineAsync($"Unknown command '{command}'.\n\n{Usage}");
        return 2;
    }

    private static string Required(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) && value != "true" ? value : throw new FormatException($"--{name} is required.\n\n{Usage}");

    private static int Int(Dictionary<string, string> options, string name, int fallback)
    {
        if (!options.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new FormatException($"--{name} must be a whole number of 0 or more, not '{text}'.");
    }

    private const string Usage = """
        LabourHub.Matching.Cli: data tools for the LabourHub matching engine (file format: docs/matching.md)

          generate --workers N --employers N --vacancies N --seed S --out DIR
                   the deterministic demo population as CSV; outcomes when workers <= 200000
          train    --data DIR --model FILE [--trees N] [--leaves N] [--min-leaf N]
                   LightGBM LambdaRank on 80% of the jobs; promoted only if it beats the baseline on the other 20%
          evaluate --data DIR --model FILE [--json]
                   NDCG@5, NDCG@10, MAP and recall@10 of model, baseline and random
          score    --data DIR --model FILE --vacancy ID [--top N]
                   the ranked shortlist for one vacancy, eligible candidates only, with reasons
          audit    --data DIR --model FILE [--top N]
                   selection-rate and exposure ratios by nationality and gender in the top N, four-fifths flag
          benchmark --model FILE [--candidates N] [--repeats R] [--ranker model|baseline]
                   timing of ranking N candidates for one vacancy (top 50), against ML.NET bulk scoring
          benchmark-train [--rows N]
                   timing of LambdaRank training on N rows
        """;
}
