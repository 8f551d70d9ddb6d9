using System.Globalization;

namespace LabourHub.Matching.Cli;

/// <summary>Parses `labourhub-matching COMMAND --option value ...` and runs the command.</summary>
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
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                await Console.Error.WriteLineAsync($"Expected '--name value' pairs after the command, got '{args[i]}'.\n\n{Usage}");
                return 2;
            }

            options[args[i][2..]] = args[i + 1];
        }

        try
        {
            return args[0] switch
            {
                "generate" => await GenerateCommand.RunAsync(
                    Int(options, "workers", 2000), Int(options, "employers", 300), Int(options, "vacancies", 600),
                    Int(options, "seed", 20261127), options.GetValueOrDefault("out") ?? "demo-data", CancellationToken.None),
                _ => await Unknown(args[0]),
            };
        }
        catch (FormatException e)
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
        labourhub-matching: data tools for the LabourHub matching engine

        Commands:
          generate  --workers N --employers N --vacancies N --seed S --out DIR
                    Writes the deterministic demo population as CSV (employers, vacancies, workers, outcomes).
                    Outcomes are written when workers <= 200000 (they need every worker in memory).
        """;
}
