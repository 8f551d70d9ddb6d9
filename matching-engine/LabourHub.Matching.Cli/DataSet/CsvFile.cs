using LabourHub.Infrastructure.ReferenceData;

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

        return CsvRows.Read(File.OpenRead(path));
    }
}
