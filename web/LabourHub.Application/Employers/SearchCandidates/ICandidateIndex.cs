namespace LabourHub.Application.Employers.SearchCandidates;

/// <summary>The candidate index: every query carries the caller's access tags inside it.</summary>
public interface ICandidateIndex
{
    /// <exception cref="Common.SearchIndexUnavailableException">The engine cannot answer; the caller falls back.</exception>
    Task<(long Total, IReadOnlyList<(Guid WorkerId, double? DistanceKm)> Hits)> SearchAsync(
        CandidateSearchQuery query, CandidateAccess access, string language, CancellationToken cancellationToken);
}

/// <summary>Who is asking: the businesses the caller owns or works for. A person is visible when discoverable or an applicant to one of them.</summary>
public sealed record CandidateAccess(IReadOnlyList<Guid> EmployerIds);
