using LabourHub.Matching.Features;
using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Ranking;

/// <summary>
/// Ranks many candidates for one job and keeps the best k: features into a reused buffer, a score per candidate, and
/// a bounded min-heap per worker thread (k entries of memory beyond the input), merged at the end. Large lists are
/// split across the machine's cores. With a first stage, a cheap ranker (the linear baseline) keeps the best
/// <c>firstStageKeep</c> and only those are scored by the expensive one: the benchmark reports how often that
/// changes the final top k.
/// </summary>
public sealed class TopCandidates(FeatureExtractor extractor, IRanker ranker, IRanker? firstStage = null, int firstStageKeep = 5000)
{
    private const int ParallelFrom = 20_000;

    public IReadOnlyList<(CandidateProfile Candidate, float Score)> Rank(JobProfile job, IReadOnlyList<CandidateProfile> candidates, int k, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (firstStage is not null && candidates.Count > firstStageKeep)
        {
            var shortlist = new TopCandidates(extractor, firstStage).Rank(job, candidates, Math.Max(k, firstStageKeep), today);
            return new TopCandidates(extractor, ranker).Rank(job, shortlist.Select(s => s.Candidate).ToList(), k, today);
        }

        var parts = candidates.Count < ParallelFrom ? 1 : Environment.ProcessorCount;
        var heaps = new PriorityQueue<CandidateProfile, float>[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var from = (int)((long)candidates.Count * part / parts);
            var to = (int)((long)candidates.Count * (part + 1) / parts);
            heaps[part] = RankRange(job, candidates, from, to, k, today);
        });

        var merged = heaps.SelectMany(h => h.UnorderedItems).OrderByDescending(x => x.Priority).Take(k);
        return merged.Select(x => (x.Element, x.Priority)).ToList();
    }

    private PriorityQueue<CandidateProfile, float> RankRange(JobProfile job, IReadOnlyList<CandidateProfile> candidates, int from, int to, int k, DateOnly today)
    {
        var heap = new PriorityQueue<CandidateProfile, float>(k + 1);
        Span<float> features = stackalloc float[FeatureSchema.Count];
        for (var i = from; i < to; i++)
        {
            var candidate = candidates[i];
            extractor.Extract(job, candidate, today, features);
            var score = ranker.Score(features);
            if (heap.Count < k)
            {
                heap.Enqueue(candidate, score);
            }
            else if (heap.TryPeek(out _, out var lowest) && score > lowest)
            {
                heap.DequeueEnqueue(candidate, score);
            }
        }

        return heap;
    }
}
