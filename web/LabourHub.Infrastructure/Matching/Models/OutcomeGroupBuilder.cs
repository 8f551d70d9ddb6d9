using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Workers;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Matching.Features;
using LabourHub.Matching.Training;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Infrastructure.Matching.Models;

/// <summary>
/// Turns the product's outcomes into training groups, the way the CLI does for a data set: for each vacancy with
/// applications, its applicants with their graded labels plus <see cref="NegativesPerJob"/> seeded workers who did
/// not apply (label 0), as a shortlist sees them; features from the same <see cref="FeatureExtractor"/> and the same
/// mapping the rankings use, with permit readiness from the eligibility rules on the vacancy's start day.
/// </summary>
internal sealed class OutcomeGroupBuilder(LabourHubDbContext db, DateOnly today)
{
    public const int NegativesPerJob = 20;
    private const int Chunk = 500;

    public async Task<IReadOnlyList<AuditedGroup>> BuildAsync(CancellationToken cancellationToken)
    {
        var labels = new Dictionary<JobApplicationId, (VacancyId Vacancy, WorkerId Worker, int Label)>();
        await foreach (var a in db.Applications.AsNoTracking().Select(a => new { a.Id, a.VacancyId, a.WorkerId, a.Status }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            labels[a.Id] = (a.VacancyId, a.WorkerId, OutcomeLabels.Of(a.Status));
        }

        await foreach (var p in db.Placements.AsNoTracking().Select(p => new { p.ApplicationId, p.Status }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (labels.TryGetValue(p.ApplicationId, out var l))
            {
                labels[p.ApplicationId] = l with { Label = Math.Max(l.Label, OutcomeLabels.Of(p.Status)) };
            }
        }

        var byVacancy = labels.Values.GroupBy(l => l.Vacancy)
            .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Worker).Select(x => (Worker: x.Key, Label: x.Max(y => y.Label))).ToList());
        if (byVacancy.Count == 0)
        {
            return [];
        }

        var allWorkers = await db.Workers.AsNoTracking().OrderBy(w => w.Id).Select(w => w.Id).ToListAsync(cancellationToken);
        var vacancyIds = byVacancy.Keys.OrderBy(v => v.Value).ToList();
        var candidates = new Dictionary<VacancyId, List<(WorkerId Worker, int Label)>>();
        for (var i = 0; i < vacancyIds.Count; i++)
        {
            var random = new Random(100_003 + i);
            var list = byVacancy[vacancyIds[i]].ToList();
            var taken = list.Select(c => c.Worker).ToHashSet();
            for (var attempt = 0; attempt < NegativesPerJob * 3 && list.Count < byVacancy[vacancyIds[i]].Count + NegativesPerJob && allWorkers.Count > 0; attempt++)
            {
                var other = allWorkers[random.Next(allWorkers.Count)];
                if (taken.Add(other))
                {
                    list.Add((other, 0));
                }
            }

            candidates[vacancyIds[i]] = list;
        }

        var workers = await LoadWorkersAsync(candidates.Values.SelectMany(c => c.Select(x => x.Worker)).Distinct().ToList(), cancellationToken);
        var wage = MinimumWage.InForce(await db.MinimumWages.AsNoTracking().ToListAsync(cancellationToken), today)?.NetMonthly;
        var extractor = MatchingReference.Extractor;
        var groups = new List<AuditedGroup>();
        foreach (var chunk in vacancyIds.Chunk(Chunk))
        {
            var rows = await (from v in db.Vacancies.AsNoTracking()
                              join e in db.Employers.AsNoTracking() on v.EmployerId equals e.Id
                              where chunk.Contains(v.Id)
                              select new { Vacancy = v, e.TurkishHeadcount, e.ForeignHeadcount }).ToListAsync(cancellationToken);
            foreach (var row in rows.OrderBy(r => r.Vacancy.Id.Value))
            {
                var job = MatchingMapper.ToJob(row.Vacancy);
                var features = new List<float[]>();
                var groupLabels = new List<int>();
                var nationalities = new List<string>();
                var genders = new List<string>();
                foreach (var (workerId, label) in candidates[row.Vacancy.Id])
                {
                    if (!workers.TryGetValue(workerId, out var worker))
                    {
                        continue;
                    }

                    var decision = MatchingReference.Decide(worker, row.Vacancy, row.TurkishHeadcount, row.ForeignHeadcount, wage, job.StartsOn);
                    var vector = new float[FeatureSchema.Count];
                    extractor.Extract(job, MatchingMapper.ToCandidate(worker, decision.Status), job.StartsOn, vector);
                    features.Add(vector);
                    groupLabels.Add(label);
                    nationalities.Add(worker.NationalityCode);
                    genders.Add(worker.Gender.ToString());
                }

                if (features.Count > 0)
                {
                    groups.Add(new AuditedGroup(new RankingGroup(row.Vacancy.Id.Value.ToString(), features, groupLabels), nationalities, genders));
                }
            }
        }

        return groups;
    }

    private async Task<Dictionary<WorkerId, Worker>> LoadWorkersAsync(List<WorkerId> ids, CancellationToken cancellationToken)
    {
        var workers = new Dictionary<WorkerId, Worker>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            foreach (var w in await db.Workers.AsNoTracking().Where(w => chunk.Contains(w.Id)).ToListAsync(cancellationToken))
            {
                workers[w.Id] = w;
            }
        }

        return workers;
    }
}

/// <summary>
/// A training group and, row by row beside it, each candidate's nationality and gender: for the fairness audit of the
/// rankings only. They never enter the features.
/// </summary>
internal sealed record AuditedGroup(RankingGroup Group, IReadOnlyList<string> Nationalities, IReadOnlyList<string> Genders);
