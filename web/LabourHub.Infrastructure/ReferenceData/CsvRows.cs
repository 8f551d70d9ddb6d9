using CsvHelper;

namespace LabourHub.Infrastructure.ReferenceData;

/// <summary>Reads a CSV stream with a header row as dictionaries (column → text), lazily, closing the stream at the end.</summary>
public static class CsvRows
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadIterator(stream);
    }

    private static IEnumerable<IReadOnlyDictionary<string, string>> ReadIterator(Stream stream)
    {
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { HasHeader = true, AllowLineBreaksInQuotes = true }, false);
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
