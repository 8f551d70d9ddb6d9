using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LabourHub.Application.Assessments;

namespace LabourHub.Infrastructure.Reports;

/// <summary>CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read Turkish letters) and XLSX through the Open XML SDK.</summary>
public sealed class SpreadsheetFiles : ISpreadsheetFiles
{
    public const int MaxCellLength = 4_000;

    public IReadOnlyList<IReadOnlyList<string>> Read(Stream content, SpreadsheetKind kind)
    {
        ArgumentNullException.ThrowIfNull(content);
        return kind == SpreadsheetKind.Csv ? ReadCsv(content) : ReadXlsx(content);
    }

    public byte[] Write(SpreadsheetKind kind, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        return kind == SpreadsheetKind.Csv ? WriteCsv(header, rows) : WriteXlsx(sheetName, header, rows);
    }

    /// <summary>RFC 4180: quoted fields may hold the delimiter, quotes ("") and line breaks; ',' or ';' (Turkish Excel) by the header line.</summary>
    private static List<IReadOnlyList<string>> ReadCsv(Stream content)
    {
        using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        string text;
        try
        {
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException("The CSV file is not UTF-8.", e);
        }

        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Contains(';', StringComparison.Ordinal) && !firstLine.Contains(',', StringComparison.Ordinal) ? ';' : ',';
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                row.Add(Limit(field.ToString()));
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(Limit(field.ToString()));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new InvalidDataException("A quoted CSV field is not closed.");
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(Limit(field.ToString()));
            rows.Add(row);
        }

        return rows;
    }

    private static List<IReadOnlyList<string>> ReadXlsx(Stream content)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(content, false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("No workbook.");
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("No sheet.");
            var part = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = new List<IReadOnlyList<string>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < column)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(Limit(Text(cell, shared)));
                }

                var index = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
                while (rows.Count < index - 1)
                {
                    rows.Add([]);
                }

                rows.Add(cells);
            }

            return rows;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidOperationException or System.Xml.XmlException or IOException)
        {
            throw new InvalidDataException("Not a readable XLSX file.", e);
        }
    }

    private static string Text(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count)
        {
            return shared[i];
        }

        return raw;
    }

    /// <summary>"C7" → 2 (zero-based column).</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    private static string Limit(string text) => text.Length > MaxCellLength ? text[..MaxCellLength] : text;

    private static byte[] WriteCsv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            text.AppendJoin(',', row.Select(cell => Quote(Defuse(cell)))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n;") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static byte[] WriteXlsx(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var values in rows.Prepend(header))
            {
                var row = new Row();
                foreach (var value in values)
                {
                    // Inline strings: every cell is text, "<10" included; nothing is a formula.
                    row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value ?? string.Empty)) });
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName.Length > 31 ? sheetName[..31] : sheetName });
        }

        return stream.ToArray();
    }

    /// <summary>A cell a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe (CSV injection).</summary>
    private static string Defuse(string? cell) =>
        cell is { Length: > 0 } && cell[0] is '=' or '+' or '@' or '\t' or '\r' || (cell is { Length: > 1 } && cell[0] == '-' && !char.IsAsciiDigit(cell[1]))
            ? "'" + cell
            : cell ?? string.Empty;
}
