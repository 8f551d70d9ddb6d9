namespace LabourHub.Application.Assessments;

/// <summary>Reads and writes simple one-sheet tables as CSV (UTF-8) or XLSX. Implemented in Infrastructure.</summary>
public interface ISpreadsheetFiles
{
    /// <summary>Every row of the first sheet as text, the header included; throws <see cref="InvalidDataException"/> on a file that is not one.</summary>
    IReadOnlyList<IReadOnlyList<string>> Read(Stream content, SpreadsheetKind kind);

    /// <summary>A file with the header row and the rows; every cell is written as text.</summary>
    byte[] Write(SpreadsheetKind kind, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows);
}
