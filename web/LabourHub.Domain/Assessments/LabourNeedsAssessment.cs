using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;

namespace LabourHub.Domain.Assessments;

/// <summary>
/// A labour-needs assessment for one province and NACE sector over a period: which occupations are short,
/// how many people are needed and why the posts are hard to fill.
/// </summary>
public sealed class LabourNeedsAssessment
{
    private readonly List<NeedLine> _lines = [];

    private LabourNeedsAssessment()
    {
        Title = string.Empty;
        NaceSection = string.Empty;
        Source = string.Empty;
        Method = string.Empty;
    }

    public AssessmentId Id { get; private set; }
    public string Title { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public int ProvinceCode { get; private set; }
    public string NaceSection { get; private set; }
    public string Source { get; private set; }
    public string Method { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<NeedLine> Lines => _lines;

    public static Result<LabourNeedsAssessment> Create(
        string title,
        DateOnly periodStart,
        DateOnly periodEnd,
        int provinceCode,
        string naceSection,
        string source,
        string method,
        IEnumerable<NeedLine> lines,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var list = lines.ToList();
        if (string.IsNullOrWhiteSpace(title))
        {
            return Result<LabourNeedsAssessment>.Failure("assessment.title");
        }

        if (periodEnd < periodStart)
        {
            return Result<LabourNeedsAssessment>.Failure("assessment.period");
        }

        if (!Province.IsValidCode(provinceCode))
        {
            return Result<LabourNeedsAssessment>.Failure("province.unknown");
        }

        if (list.Count == 0)
        {
            return Result<LabourNeedsAssessment>.Failure("assessment.no_lines");
        }

        if (list.Any(l => l.NeededCount < 1 || l.WageMax < l.WageMin))
        {
            return Result<LabourNeedsAssessment>.Failure("assessment.line");
        }

        var assessment = new LabourNeedsAssessment
        {
            Id = AssessmentId.New(),
            Title = title.Trim(),
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            ProvinceCode = provinceCode,
            NaceSection = naceSection,
            Source = source,
            Method = method,
            CreatedAt = now,
        };
        assessment._lines.AddRange(list);
        return Result<LabourNeedsAssessment>.Success(assessment);
    }
}
