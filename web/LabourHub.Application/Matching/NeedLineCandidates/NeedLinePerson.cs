namespace LabourHub.Application.Matching.NeedLineCandidates;

/// <summary>
/// One assigned worker for a need line: eligibility (with the date or the blocking rule code), the ranking's top
/// reasons (codes), and how many of the line's required skills they lack.
/// </summary>
public sealed record NeedLinePerson(
    Guid WorkerId,
    string DisplayName,
    int ProvinceCode,
    IReadOnlyList<string> Occupations,
    bool WellMatched,
    IReadOnlyList<string> Reasons,
    int MissingSkills,
    DateOnly? EligibleFrom,
    string? BlockingRule);
