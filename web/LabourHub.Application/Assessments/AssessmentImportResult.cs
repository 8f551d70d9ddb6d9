namespace LabourHub.Application.Assessments;

/// <summary>Either every assessment in the file was saved, or nothing was and the errors say which rows to fix.</summary>
public sealed record AssessmentImportResult(IReadOnlyList<Domain.Identifiers.AssessmentId> Created, int Lines, IReadOnlyList<AssessmentRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
