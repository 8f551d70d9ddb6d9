using LabourHub.Domain.Applications;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.Workers;

namespace LabourHub.Infrastructure.DemoData;

/// <summary>A generated marketplace: businesses with their vacancies, workers, and past applications with outcomes.</summary>
public sealed record DemoPopulation(
    IReadOnlyList<Employer> Employers,
    IReadOnlyList<Vacancy> Vacancies,
    IReadOnlyList<Worker> Workers,
    IReadOnlyList<JobApplication> Applications)
{
    /// <summary>The line each worker would write about their work (the matching CLI's text column).</summary>
    public IReadOnlyDictionary<WorkerId, string> WorkerSummaries { get; init; } = new Dictionary<WorkerId, string>();
}
