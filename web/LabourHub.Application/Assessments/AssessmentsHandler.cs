using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Domain.Assessments;
using LabourHub.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Assessments;

/// <summary>
/// Creates labour-needs assessments from the form or from an imported template. All or nothing: when any row is
/// wrong, the errors come back row by row and not one assessment is saved.
/// </summary>
public sealed class AssessmentsHandler(ILabourHubDbContext db, IReferenceCatalogue catalogue, ISpreadsheetFiles files, TimeProvider clock)
{
    public const int MaxRows = 5_000;

    public byte[] Template(SpreadsheetKind kind) =>
        files.Write(kind, "assessment", AssessmentTemplate.Columns, AssessmentTemplate.ExampleRows);

    public async Task<AssessmentImportResult> ImportAsync(Stream content, SpreadsheetKind kind, CancellationToken cancellationToken)
    {
        IReadOnlyList<IReadOnlyList<string>> table;
        try
        {
            table = files.Read(content, kind);
        }
        catch (InvalidDataException)
        {
            return new AssessmentImportResult([], 0, [new AssessmentRowError(0, string.Empty, "Assessment.FileUnreadable")]);
        }

        if (table.Count < 2)
        {
            return new AssessmentImportResult([], 0, [new AssessmentRowError(1, string.Empty, "Assessment.FileEmpty")]);
        }

        if (table.Count - 1 > MaxRows)
        {
            return new AssessmentImportResult([], 0, [new AssessmentRowError(MaxRows + 2, string.Empty, "Assessment.TooManyRows")]);
        }

        var header = table[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = AssessmentTemplate.Columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return new AssessmentImportResult([], 0, missing.Select(c => new AssessmentRowError(1, c, "Assessment.ColumnMissing")).ToList());
        }

        var rows = new List<(int Row, IReadOnlyDictionary<string, string> Cells)>();
        for (var i = 1; i < table.Count; i++)
        {
            if (table[i].All(string.IsNullOrWhiteSpace))
            {
                continue; // blank rows at the end of a sheet
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < header.Count; c++)
            {
                cells[header[c]] = c < table[i].Count ? table[i][c] : string.Empty;
            }

            rows.Add((i + 1, cells));
        }

        return await SaveAsync(rows, cancellationToken);
    }

    /// <summary>Validates every row, then saves all the assessments they make up in one transaction, or none.</summary>
    public async Task<AssessmentImportResult> SaveAsync(IReadOnlyList<(int Row, IReadOnlyDictionary<string, string> Cells)> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var reader = await ReaderForAsync(rows.Select(r => r.Cells), cancellationToken);
        var errors = new List<AssessmentRowError>();
        var parsed = new List<(int Row, AssessmentHeader Header, NeedLine Line)>();
        foreach (var (row, cells) in rows)
        {
            var (header, line) = reader.Read(row, cells, errors);
            if (header is not null && line is not null)
            {
                parsed.Add((row, header, line));
            }
        }

        if (rows.Count == 0)
        {
            errors.Add(new AssessmentRowError(1, string.Empty, "Assessment.FileEmpty"));
        }

        if (errors.Count > 0)
        {
            return new AssessmentImportResult([], 0, errors);
        }

        var now = clock.GetUtcNow();
        var created = new List<AssessmentId>();
        foreach (var group in parsed.GroupBy(p => p.Header))
        {
            var h = group.Key;
            var result = LabourNeedsAssessment.Create(h.Title, h.PeriodStart, h.PeriodEnd, h.ProvinceCode, h.NaceSection, h.Source, h.Method, group.Select(g => g.Line), now);
            if (!result.IsSuccess)
            {
                errors.Add(new AssessmentRowError(group.First().Row, string.Empty, "Assessment.Invalid"));
                continue;
            }

            db.Assessments.Add(result.Value);
            created.Add(result.Value.Id);
        }

        if (errors.Count > 0)
        {
            db.DiscardChanges();
            return new AssessmentImportResult([], 0, errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new AssessmentImportResult(created, parsed.Count, []);
    }

    public async Task<IReadOnlyList<LabourNeedsAssessment>> ListAsync(int page, int pageSize, CancellationToken cancellationToken) =>
        await db.Assessments.AsNoTracking()
            .OrderByDescending(a => a.PeriodStart).ThenBy(a => a.ProvinceCode).ThenBy(a => a.Id)
            .Skip(Math.Max(0, page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Assessments.CountAsync(cancellationToken);

    public Task<LabourNeedsAssessment?> FindAsync(AssessmentId id, CancellationToken cancellationToken) =>
        db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    private async Task<AssessmentRowReader> ReaderForAsync(IEnumerable<IReadOnlyDictionary<string, string>> rows, CancellationToken cancellationToken)
    {
        var wanted = rows
            .SelectMany(r => (r.TryGetValue(AssessmentTemplate.Skills, out var s) ? s : string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).ToList();
        var skills = wanted.Count == 0 ? [] : await db.EscoSkills.AsNoTracking().Where(s => wanted.Contains(s.Uri)).Select(s => s.Uri).ToListAsync(cancellationToken);
        var languages = await db.Languages.AsNoTracking().Select(l => l.Code).ToListAsync(cancellationToken);
        var sections = catalogue.NaceSections.Select(n => n.Section.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        return new AssessmentRowReader(catalogue, sections, languages.ToHashSet(StringComparer.Ordinal), skills.ToHashSet(StringComparer.Ordinal));
    }
}
