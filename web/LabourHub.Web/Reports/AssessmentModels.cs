using LabourHub.Application.Assessments;
using LabourHub.Domain.Assessments;

namespace LabourHub.Web.Reports;

public sealed record AssessmentListModel(IReadOnlyList<LabourNeedsAssessment> Items, int Page, int PageCount, int Total, AssessmentImportResult? Import);

/// <summary>The form's values as typed and the errors by row (line number on the form) and column.</summary>
public sealed record AssessmentFormModel(IReadOnlyDictionary<string, string> Form, IReadOnlyList<AssessmentRowError> Errors)
{
    public string Value(string key) => Form.TryGetValue(key, out var v) ? v : string.Empty;

    /// <summary>The error of a header field (first row that reported it) or of one line's field.</summary>
    public string? Error(string column, int? line = null) =>
        Errors.FirstOrDefault(e => e.Column == column && (line is null || e.Row == line))?.Code;
}
