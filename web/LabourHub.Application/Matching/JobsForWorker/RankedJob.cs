using LabourHub.Application.Vacancies;

namespace LabourHub.Application.Matching.JobsForWorker;

/// <param name="Vacancy">The job as lists show it.</param>
/// <param name="Reasons">Why it ranks here: codes such as "essential_skill_coverage+" to translate.</param>
/// <param name="MissingEssentialSkills">ESCO labels of the essential skills the person has not listed.</param>
/// <param name="EligibleFrom">For jobs they may take later: from when.</param>
/// <param name="Conditions">Rule codes that apply (pre-approval, seasonal exemption, waiting period).</param>
public sealed record RankedJob(
    VacancySummary Vacancy,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> MissingEssentialSkills,
    DateOnly? EligibleFrom,
    IReadOnlyList<string> Conditions);
