using LabourHub.Domain.Eligibility;
using LabourHub.Domain.ValueObjects;
using LabourHub.Matching.Features;
using LabourHub.Matching.Inputs;
using LabourHub.Matching.Training;

namespace LabourHub.Matching.Cli.DataSet;

/// <summary>
/// Turns a data set into ranking groups: for each vacancy with outcomes, its applicants (graded by how far they got)
/// plus a seeded sample of workers who did not apply (label 0), as a shortlist would see them.
/// </summary>
internal sealed class GroupBuilder(MatchingDataSet data, FeatureExtractor extractor, EligibilityRules rules, Money minimumWage)
{
    public const int NegativesPerJob = 20;

    public IReadOnlyList<(RankingGroup Group, IReadOnlyList<WorkerRecord> Candidates)> Build(int seed)
    {
        var workersById = data.Workers.ToDictionary(w => w.Profile.Id);
        var applicants = data.Outcomes.GroupBy(o => o.Key.Vacancy).ToDictionary(g => g.Key, g => g.Select(o => (Worker: o.Key.Worker, Label: o.Value)).ToList());
        var result = new List<(RankingGroup, IReadOnlyList<WorkerRecord>)>();
        foreach (var vacancy in data.Vacancies)
        {
            if (!applicants.TryGetValue(vacancy.Profile.Id, out var applied) || applied.Count == 0)
            {
                continue;
            }

            var random = new Random(unchecked((seed * 100_003) + result.Count));
            var candidates = applied.Where(a => workersById.ContainsKey(a.Worker)).Select(a => (Worker: workersById[a.Worker], a.Label)).ToList();
            var appliedIds = applied.Select(a => a.Worker).ToHashSet();
            for (var attempt = 0; attempt < NegativesPerJob * 3 && candidates.Count < applied.Count + NegativesPerJob; attempt++)
            {
                var other = data.Workers[random.Next(data.Workers.Count)];
                if (appliedIds.Add(other.Profile.Id))
                {
                    candidates.Add((other, 0));
                }
            }

            var features = candidates.Select(c => Features(vacancy, c.Worker)).ToList();
            result.Add((new RankingGroup(vacancy.Profile.Id, features, candidates.Select(c => c.Label).ToList()), candidates.Select(c => c.Worker).ToList()));
        }

        return result;
    }

    public float[] Features(VacancyRecord vacancy, WorkerRecord worker)
    {
        var decision = data.Eligibility(rules, worker, vacancy, minimumWage);
        var profile = worker.Profile with
        {
            PermitReadiness = decision.Status switch
            {
                EligibilityStatus.EligibleNow => PermitReadiness.Ready,
                EligibilityStatus.EligibleLater => PermitReadiness.Later,
                _ => PermitReadiness.Unknown,
            },
        };
        var vector = new float[FeatureSchema.Count];
        extractor.Extract(vacancy.Profile, profile, vacancy.Profile.StartsOn, vector);
        return vector;
    }

    /// <summary>K folds by job: each job is held out exactly once.</summary>
    public static IReadOnlyList<(List<T> Train, List<T> HeldOut)> FoldsByJob<T>(IReadOnlyList<T> groups, Func<T, string> jobId, int k)
    {
        var bucket = groups.Select(g => (int)((uint)StableHash(jobId(g)) % (uint)k)).ToList();
        return Enumerable.Range(0, k)
            .Select(fold => (
                groups.Where((_, i) => bucket[i] != fold).ToList(),
                groups.Where((_, i) => bucket[i] == fold).ToList()))
            .ToList();
    }

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
