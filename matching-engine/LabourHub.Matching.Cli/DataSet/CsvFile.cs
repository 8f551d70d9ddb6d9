using CsvHelper;

namespace LabourHub.Matching.Cli.DataSet;

/// <summary>Reads a CSV file with a header row as dictionaries (column → text).</summary>
internal static class CsvFile
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: the data folder needs workers.csv, vacancies.csv, employers.csv and outcomes.csv (docs/matching.md).", path);
        }

        using var csv = CsvReader.Create(File.OpenRead(path), new CsvReaderOptions { HasHeader = true, AllowLineBreaksInQuotes = true }, false);
        string[]? header = null;
        while (csv.Read())
        {
            header ??= [.. csv.Headers];
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            foreach (var name in header)
            {
                row[name] = csv.GetString(name) ?? string.Empty;
            }

            yield return row;
        }
    }
}
