namespace LabourHub.Application.Matching.Shortlist;

public sealed record ShortlistResult(
    Guid VacancyId,
    string VacancyTitle,
    IReadOnlyList<ShortlistCandidate> EligibleNow,
    IReadOnlyList<ShortlistCandidate> EligibleLater,
    int NotEligible);
