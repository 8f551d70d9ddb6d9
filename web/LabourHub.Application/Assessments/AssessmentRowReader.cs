using System.Globalization;
using LabourHub.Domain.Assessments;
using LabourHub.Domain.Reference;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Application.Assessments;

/// <summary>
/// Turns the text of one template row into an assessment header and a need line, or says which cells are wrong.
/// Shared by the import and the form, so both accept exactly the same things.
/// </summary>
public sealed class AssessmentRowReader(
    IIscoCodeCatalog isco,
    IReadOnlySet<string> naceSections,
    IReadOnlySet<string> languageCodes,
    IReadOnlySet<string> skillUris)
{
    public const int MaxTextLength = 200;

    public (AssessmentHeader? Header, NeedLine? Line) Read(int row, IReadOnlyDictionary<string, string> cells, List<AssessmentRowError> errors)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        string Cell(string column) => cells.TryGetValue(column, out var v) ? v.Trim() : string.Empty;
        void Fail(string column, string code) => errors.Add(new AssessmentRowError(row, column, code));

        var title = Cell(AssessmentTemplate.Title);
        if (title.Length == 0 || title.Length > MaxTextLength)
        {
            Fail(AssessmentTemplate.Title, "Assessment.TitleRequired");
        }

        var start = Date(Cell(AssessmentTemplate.PeriodStart));
        var end = Date(Cell(AssessmentTemplate.PeriodEnd));
        if (start is null)
        {
            Fail(AssessmentTemplate.PeriodStart, "Assessment.DateInvalid");
        }

        if (end is null)
        {
            Fail(AssessmentTemplate.PeriodEnd, "Assessment.DateInvalid");
        }
        else if (start is not null && end < start)
        {
            Fail(AssessmentTemplate.PeriodEnd, "Assessment.PeriodOrder");
        }

        if (!int.TryParse(Cell(AssessmentTemplate.Province), NumberStyles.None, CultureInfo.InvariantCulture, out var province) || !Province.IsValidCode(province))
        {
            Fail(AssessmentTemplate.Province, "Assessment.ProvinceUnknown");
        }

        var sector = Cell(AssessmentTemplate.Sector).ToUpperInvariant();
        if (!naceSections.Contains(sector))
        {
            Fail(AssessmentTemplate.Sector, "Assessment.SectorUnknown");
        }

        var source = Cell(AssessmentTemplate.Source);
        if (source.Length == 0 || source.Length > 300)
        {
            Fail(AssessmentTemplate.Source, "Assessment.SourceRequired");
        }

        var method = Cell(AssessmentTemplate.Method);
        if (method.Length > 2000)
        {
            Fail(AssessmentTemplate.Method, "Assessment.MethodTooLong");
        }

        var code = Cell(AssessmentTemplate.Isco);
        if (code.Length is < 1 or > 4 || !isco.Exists(code))
        {
            Fail(AssessmentTemplate.Isco, "Assessment.IscoUnknown");
        }

        if (!int.TryParse(Cell(AssessmentTemplate.Needed), NumberStyles.None, CultureInfo.InvariantCulture, out var needed) || needed is < 1 or > 1_000_000)
        {
            Fail(AssessmentTemplate.Needed, "Assessment.NeededInvalid");
        }

        var wageMin = Wage(Cell(AssessmentTemplate.WageMin), AssessmentTemplate.WageMin, Fail);
        var wageMax = Wage(Cell(AssessmentTemplate.WageMax), AssessmentTemplate.WageMax, Fail);
        if (wageMin is { } lo && wageMax is { } hi && hi < lo)
        {
            Fail(AssessmentTemplate.WageMax, "Assessment.WageOrder");
        }

        var skills = List(Cell(AssessmentTemplate.Skills));
        if (skills.Any(s => !skillUris.Contains(s)))
        {
            Fail(AssessmentTemplate.Skills, "Assessment.SkillUnknown");
        }

        var languages = List(Cell(AssessmentTemplate.Languages)).Select(l => l.ToLowerInvariant()).ToList();
        if (languages.Any(l => !languageCodes.Contains(l)))
        {
            Fail(AssessmentTemplate.Languages, "Assessment.LanguageUnknown");
        }

        var reasons = new List<HardToFillReason>();
        foreach (var text in List(Cell(AssessmentTemplate.Reasons)))
        {
            if (Enum.TryParse<HardToFillReason>(text, ignoreCase: true, out var reason) && Enum.IsDefined(reason) && !int.TryParse(text, out _))
            {
                reasons.Add(reason);
            }
            else
            {
                Fail(AssessmentTemplate.Reasons, "Assessment.ReasonUnknown");
                break;
            }
        }

        if (errors.Count > before)
        {
            return (null, null);
        }

        var header = new AssessmentHeader(title, start!.Value, end!.Value, province, sector, source, method);
        var line = new NeedLine
        {
            IscoCode = code,
            NeededCount = needed,
            WageMin = wageMin ?? Money.Zero,
            WageMax = wageMax ?? wageMin ?? Money.Zero,
            RequiredSkillUris = skills.Distinct(StringComparer.Ordinal).ToList(),
            LanguageCodes = languages.Distinct(StringComparer.Ordinal).ToList(),
            HardToFillReasons = reasons.Distinct().ToList(),
        };
        return (header, line);
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static Money? Wage(string text, string column, Action<string, string> fail)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var lira) && Money.FromLira(lira) is { IsSuccess: true } money)
        {
            return money.Value;
        }

        fail(column, "Assessment.WageInvalid");
        return null;
    }

    private static List<string> List(string cell) =>
        cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
