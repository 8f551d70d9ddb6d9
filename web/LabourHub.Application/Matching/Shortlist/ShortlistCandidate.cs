namespace LabourHub.Application.Matching.Shortlist;

/// <summary>
/// A candidate as an employer may see them on a shortlist: professional facts only (no name, contact, nationality or
/// status), why they rank here, and whether they applied or chose to be discoverable.
/// </summary>
public sealed record ShortlistCandidate(
    Guid WorkerId,
    bool Applied,
    IReadOnlyList<string> Occupations,
    int ExperienceYears,
    IReadOnlyList<string> Languages,
    string Province,
    IReadOnlyList<string> Reasons,
    int MissingEssentialSkills,
    DateOnly? EligibleFrom);
