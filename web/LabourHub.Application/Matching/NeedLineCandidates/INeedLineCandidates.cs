namespace LabourHub.Application.Matching.NeedLineCandidates;

/// <summary>
/// Candidates for one line of a labour-needs assessment (implemented in Infrastructure): counts only for analysts,
/// people (only the caller's assigned workers) for case workers.
/// </summary>
public interface INeedLineCandidates
{
    /// <returns>Null when the assessment or line does not exist.</returns>
    Task<NeedLineCounts?> CountsAsync(Guid assessmentId, int lineNumber, CancellationToken cancellationToken);

    /// <returns>Null when the assessment or line does not exist.</returns>
    Task<NeedLinePeople?> PeopleAsync(Guid assessmentId, int lineNumber, string caseWorkerUserId, int top, CancellationToken cancellationToken);
}
